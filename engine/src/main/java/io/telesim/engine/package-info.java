/**
 * The rating engine: every command that changes an account passes through one LMAX Disruptor ring
 * (journal, then apply by the single writer of the account, then outputs); accounts live off-heap in
 * Chronicle Map; the command journal and the statement log are Chronicle Queues; a checkpoint and the
 * journal tail recover the state after a crash.
 */
package io.telesim.engine;
