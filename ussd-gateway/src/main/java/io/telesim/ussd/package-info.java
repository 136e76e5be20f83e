/**
 * The USSD gateway (N3) and the handsets' side of it (N5): sessions for codes like {@code *111*828*1#},
 * menus, built-in services that go through the engine, and third-party USSD applications over HTTP.
 */
package io.telesim.ussd;
