/**
 * The command journal: every command that changes an account is appended here, framed with its
 * length and a CRC32C, before it is applied; after a crash the engine replays the tail past its last
 * checkpoint. Storage is a Chronicle Queue (one memory-mapped file per roll cycle); this package adds
 * the checksummed framing, the durability policy, the repair of a torn tail and the deletion of
 * cycles a checkpoint covers.
 */
package io.telesim.engine.journal;
