package io.telesim.smpp.centre;

/** Counts of what the SMS centre did with its messages since it started. */
public record SmscStats(long accepted, long rejected, long delivered, long expired, long undeliverable, long deleted, long receipts,
                        int pending) {

    /** Messages that reached a final state. */
    public long finished() {
        return delivered + expired + undeliverable + deleted;
    }
}
