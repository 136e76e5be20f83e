/**
 * The SMS centre (N2): an SMPP 3.4 server that ESMEs bind to, SMS rated through the engine, store and
 * forward to the handsets' inboxes, delivery receipts, the OTP and bonus senders, and an outbound ESME
 * client for other networks.
 */
package io.telesim.smpp;
