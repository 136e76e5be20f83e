/** USSD sessions: one per number, paged screens, timeouts on an injected clock, busy and rate limits. */
package io.telesim.ussd.session;
