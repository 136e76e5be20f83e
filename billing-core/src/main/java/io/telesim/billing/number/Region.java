package io.telesim.billing.number;

/**
 * A region of the numbering plan, e.g. 77 Moscow. Numbers of the same owner must share a region
 * to be joined in one account (F8).
 */
public record Region(int id, String name) {

    /** The region of numbers the plan does not list. */
    public static final int UNKNOWN = 0;

    public Region {
        if (id <= 0 || id > Short.MAX_VALUE) {
            throw new IllegalArgumentException("a region id must be between 1 and " + Short.MAX_VALUE + ", got " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a region needs a name");
        }
    }
}
