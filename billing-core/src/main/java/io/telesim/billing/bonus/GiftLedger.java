package io.telesim.billing.bonus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every bonus gift by its claim code. Codes are derived from the gift and a sequence, never from a
 * random source, so replaying the same operations yields the same codes.
 *
 * <p>Single writer: used only by the thread that owns the accounts.
 */
public final class GiftLedger {

    private static final long CODE_SPACE = 900_000;
    private static final long FIRST_CODE = 100_000;

    private final Map<Long, Gift> gifts = new TreeMap<>();
    private long sequence;

    /** Records a new open gift and returns its code. */
    Gift issue(long giver, long recipient, long points, long createdAt, long expiresAt) {
        long code;
        do {
            sequence++;
            code = FIRST_CODE + Math.floorMod(mix(giver * 31 + recipient, createdAt ^ sequence), CODE_SPACE);
        } while (gifts.containsKey(code));
        Gift gift = new Gift(code, giver, recipient, points, createdAt, expiresAt, Gift.State.OPEN);
        gifts.put(code, gift);
        return gift;
    }

    /** The gift with {@code code}, or null. */
    public Gift find(long code) {
        return gifts.get(code);
    }

    void update(Gift gift) {
        gifts.put(gift.code(), gift);
    }

    /** Codes of open gifts that expired at or before {@code now}, in code order. */
    public List<Long> expiredOpenGifts(long now) {
        List<Long> codes = new ArrayList<>();
        for (Gift gift : gifts.values()) {
            if (gift.state() == Gift.State.OPEN && gift.expiresAt() <= now) {
                codes.add(gift.code());
            }
        }
        return codes;
    }

    /** Open gifts to or from {@code msisdn}. */
    public List<Gift> openGiftsOf(long msisdn) {
        List<Gift> open = new ArrayList<>();
        for (Gift gift : gifts.values()) {
            if (gift.state() == Gift.State.OPEN && (gift.giver() == msisdn || gift.recipient() == msisdn)) {
                open.add(gift);
            }
        }
        return open;
    }

    public int size() {
        return gifts.size();
    }

    /** Every gift, in code order: to save the ledger with a checkpoint. */
    public void forEach(java.util.function.Consumer<Gift> action) {
        gifts.values().forEach(action);
    }

    /** The counter codes are derived from: saved and restored with the gifts, so codes replay identically. */
    public long sequence() {
        return sequence;
    }

    /** Puts back a gift saved by {@link #forEach}, when a checkpoint is loaded. */
    public void restore(Gift gift) {
        gifts.put(gift.code(), gift);
    }

    /** Puts back the saved {@link #sequence()}, when a checkpoint is loaded. */
    public void restoreSequence(long savedSequence) {
        sequence = savedSequence;
    }

    private static long mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L ^ b;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }
}
