package io.telesim.engine.state;

/** Where a store's map file stands, as its meta file records it. */
enum StoreState {
    /** A new map file is being made; nothing was ever written to it, so it may be thrown away. */
    CREATING,
    /** A process has the store open, or died with it open: the map's locks and values may be mid-update. */
    OPEN,
    /** The last owner closed the store and flushed the map file. */
    CLEAN;

    private static final StoreState[] VALUES = values();

    int code() {
        return ordinal() + 1;
    }

    /** The state for {@code code}, or null when the code is unknown. */
    static StoreState ofCode(int code) {
        return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
    }
}
