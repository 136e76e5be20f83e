/**
 * The statement store (F7): every rated usage and every money movement as a durable record, queried by
 * number and period newest first, paged, exported as CSV; payment history (F3) is a kind filter on the
 * same walk.
 *
 * <p>Records are appended to a Chronicle Queue, the statement log, in chunks of up to 256 records per
 * document; a record's position is its chunk's queue index and its slot in the chunk.
 * Each record links to the same number's previous record and to its newest record of an earlier month,
 * so a query walks one number's chain backwards and jumps over whole months it does not need. The
 * newest position per number lives in a Chronicle Map updated in place; it is a cache of the log and is
 * repaired from the log after a crash. RocksDB was measured for this job and needs a whole core for the
 * write rate the engine needs ({@code StatementWriteComparison} in the tests measures both).
 */
package io.telesim.engine.statement;
