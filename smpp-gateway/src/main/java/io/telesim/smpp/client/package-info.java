/**
 * The outbound ESME: Telesim's SMS centre as a client of another network's SMSC. {@link
 * io.telesim.smpp.client.OutboundEsme} binds to the remote SMSC with jSMPP, keeps the link up (enquire_link,
 * reconnects with capped, jittered exponential back-off), submits queued messages through a window and a
 * token-bucket rate limit, retries transient refusals, and reports every message's fate and its delivery
 * receipt to an {@link io.telesim.smpp.client.OutboundListener}.
 */
package io.telesim.smpp.client;
