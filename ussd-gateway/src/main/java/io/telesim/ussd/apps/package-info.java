/** Third-party USSD applications over HTTP (form POST, {@code CON}/{@code END} answers). */
package io.telesim.ussd.apps;
