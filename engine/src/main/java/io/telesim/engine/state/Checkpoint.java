package io.telesim.engine.state;

import java.nio.file.Path;

/**
 * A checkpoint file: a checksummed copy of a store's map file taken while its writer was paused.
 *
 * @param file            the checkpoint file
 * @param layout          the record layout of the copied store
 * @param capacity        the records the copied map was sized for
 * @param appliedPosition the caller's position (the engine's journal index) that the copy reflects
 * @param dataBytes       bytes of map data copied
 * @param pauseNanos      how long the writer had to stay paused for the copy (0 when only the header was read)
 * @param writeNanos      how long it then took to make the copy durable (0 when only the header was read)
 */
public record Checkpoint(Path file, RecordLayout layout, long capacity, long appliedPosition, long dataBytes, long pauseNanos,
                         long writeNanos) {
}
