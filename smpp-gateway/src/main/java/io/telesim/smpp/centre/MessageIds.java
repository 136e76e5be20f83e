package io.telesim.smpp.centre;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Message ids: a counter seeded from the start time, so ids keep increasing across restarts, written as
 * 16 hexadecimal digits in submit_sm_resp and in the receipts' {@code id:} field alike. The same number,
 * tagged, is the engine command id of the message's charge, so a repeated charge is answered, not applied.
 */
public final class MessageIds {

    /** Engine command ids of SMS charges carry this tag in their top byte, apart from other producers' ids. */
    private static final long ENGINE_TAG = 0x53L << 56;
    private static final long SERIAL_MASK = (1L << 56) - 1;

    private final AtomicLong last;

    /** @param startMillis the wall-clock time at start; ids begin above {@code startMillis * 1000} */
    public MessageIds(long startMillis) {
        this.last = new AtomicLong(startMillis * 1000);
    }

    public long next() {
        return last.incrementAndGet();
    }

    public static String text(long id) {
        String hex = Long.toHexString(id).toUpperCase();
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** The id the text names, or -1 when it names none of ours. */
    public static long parse(String text) {
        if (text == null || text.length() != 16) {
            return -1;
        }
        try {
            return Long.parseUnsignedLong(text, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A message's first charge is charge 0; replace_sm that lengthens it may add charges 1 to this. */
    public static final int MAX_EXTRA_CHARGES = 3;

    /** The engine command id of a message's {@code charge}-th charge (0 for the first). */
    public static long engineCommandId(long id, int charge) {
        return ENGINE_TAG | ((id * (MAX_EXTRA_CHARGES + 1) + charge) & SERIAL_MASK);
    }
}
