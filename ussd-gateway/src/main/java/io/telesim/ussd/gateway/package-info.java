/** The handsets' HTTP/JSON protocol and WebSockets on Netty: {@link io.telesim.ussd.gateway.UssdGateway}. */
package io.telesim.ussd.gateway;
