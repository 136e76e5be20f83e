package io.telesim.scenarios.check;

/**
 * What became of the SMS a run's binds had accepted, as the SMS centre tells: how many ended, how many are pending, how
 * many it no longer keeps; and its own totals since it started.
 */
public record SmsTally(long ended, long pending, long notKept, long centreAccepted, long centreFinished, long centrePending) {
}
