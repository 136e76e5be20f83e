package io.telesim.billing.catalog;

/**
 * A subscription fee: an amount in kopecks charged every day or every billing month.
 */
public record Fee(long kopecks, FeePeriod period) {

    public static final Fee NONE = new Fee(0, FeePeriod.MONTHLY);

    public Fee {
        if (kopecks < 0) {
            throw new IllegalArgumentException("a fee cannot be negative, got " + kopecks + " kopecks");
        }
        if (period == null) {
            throw new IllegalArgumentException("a fee needs a period (daily or monthly)");
        }
    }

    public long dailyKopecks() {
        return period == FeePeriod.DAILY ? kopecks : 0;
    }

    public long monthlyKopecks() {
        return period == FeePeriod.MONTHLY ? kopecks : 0;
    }
}
