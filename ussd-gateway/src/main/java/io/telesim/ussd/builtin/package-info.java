/**
 * Telesim's own USSD services ({@code *100#}, the {@code *111#} menu, promised payment, money transfer,
 * bonus points, services' codes), answered through the rating engine; {@link io.telesim.ussd.builtin.BuiltinServices}
 * lists them by code for the gateway.
 */
package io.telesim.ussd.builtin;
