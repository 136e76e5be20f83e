/**
 * An SMPP load generator: ESME binds that pipeline {@code submit_sm} through a window per bind, match delivery
 * receipts to their submits, and report throughput and latency percentiles. Used by the SMPP throughput benchmark
 * and by scenario files.
 */
package io.telesim.smpp.load;
