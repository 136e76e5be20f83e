/**
 * Durable engine state: subscriber accounts, open reservations and other fixed-size records kept in
 * Chronicle Map files and updated in place through flyweights, with checksummed checkpoints to restore
 * after a crash.
 *
 * <p>Every store here has a single writer, the engine's apply thread. Files that are corrupt, truncated or
 * written for another record layout stop opening with a {@link io.telesim.engine.state.StateFileException}
 * that names the file and the problem, so the engine never serves wrong balances.
 */
package io.telesim.engine.state;
