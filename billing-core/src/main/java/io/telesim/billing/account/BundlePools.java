package io.telesim.billing.account;

import io.telesim.billing.catalog.UsageUnit;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.OperationResult;

/**
 * The bundle units an account holds: the tariff's monthly bundle (valid until the period ends) and
 * up to {@link AccountRecord#ADD_ON_SLOTS} add-ons (each valid until its own expiry). Usage takes
 * from the tariff bundle first, then from add-ons, the one expiring first first.
 *
 * <p>Units held by open reservations ({@link AccountRecord#reservedVoice()},
 * {@link AccountRecord#reservedData()}) are not available to new usage. Allocation-free.
 */
public final class BundlePools {

    private BundlePools() {
    }

    /**
     * Units of {@code unit} that new usage may take from {@code holder}.
     *
     * @param tariffBundle true when the tariff's bundle covers this usage's destination
     * @param addOns       true when add-ons cover it
     */
    public static long available(AccountRecord holder, UsageUnit unit, boolean tariffBundle, boolean addOns, long now) {
        return Math.max(0, total(holder, unit, tariffBundle, addOns, now) - reserved(holder, unit));
    }

    /** Units of {@code unit} left in all of the holder's live pools, reservations not deducted: what a subscriber is shown. */
    public static long remaining(AccountRecord holder, UsageUnit unit, long now) {
        return total(holder, unit, true, true, now);
    }

    private static long total(AccountRecord holder, UsageUnit unit, boolean tariffBundle, boolean addOns, long now) {
        long total = 0;
        if (tariffBundle && now < holder.periodEnd()) {
            total += tariffUnits(holder, unit);
        }
        if (addOns) {
            for (int slot = 0; slot < AccountRecord.ADD_ON_SLOTS; slot++) {
                if (holder.addOnHolds(slot, unit) && holder.addOnExpiry(slot) > now) {
                    total += holder.addOnUnits(slot);
                }
            }
        }
        return total;
    }

    /**
     * Takes up to {@code units} from the pools covering the usage and returns how many it took.
     * Raises the bundle-exhausted notice when this consumption empties the pools.
     */
    public static long consume(AccountRecord holder, UsageUnit unit, long units, boolean tariffBundle, boolean addOns,
                               long now, OperationResult result) {
        if (units <= 0) {
            return 0;
        }
        long left = units;
        if (tariffBundle && now < holder.periodEnd()) {
            long inTariff = tariffUnits(holder, unit);
            long take = Math.min(inTariff, left);
            setTariffUnits(holder, unit, inTariff - take);
            left -= take;
        }
        while (left > 0 && addOns) {
            int slot = earliestAddOn(holder, unit, now);
            if (slot < 0) {
                break;
            }
            long inSlot = holder.addOnUnits(slot);
            long take = Math.min(inSlot, left);
            if (take == inSlot) {
                holder.addOn(slot, null, 0, 0);
            } else {
                holder.addOnUnits(slot, inSlot - take);
            }
            left -= take;
        }
        long taken = units - left;
        // Only a consumption that emptied the tariff bundle can have emptied every pool.
        if (taken > 0 && (!tariffBundle || now >= holder.periodEnd() || tariffUnits(holder, unit) == 0)
                && remaining(holder, unit, now) == 0) {
            result.notice(exhaustedNotice(unit));
        }
        return taken;
    }

    /**
     * Puts an add-on of {@code units} into a free or expired slot.
     *
     * @return false when every slot holds a live add-on
     */
    public static boolean addAddOn(AccountRecord holder, UsageUnit unit, long units, long expiry, long now) {
        for (int slot = 0; slot < AccountRecord.ADD_ON_SLOTS; slot++) {
            if (holder.addOnUnit(slot) == null || holder.addOnExpiry(slot) <= now) {
                holder.addOn(slot, unit, units, expiry);
                return true;
            }
        }
        return false;
    }

    /** Empties add-on slots whose add-on has expired. */
    public static void dropExpiredAddOns(AccountRecord holder, long now) {
        for (int slot = 0; slot < AccountRecord.ADD_ON_SLOTS; slot++) {
            if (holder.addOnUnit(slot) != null && holder.addOnExpiry(slot) <= now) {
                holder.addOn(slot, null, 0, 0);
            }
        }
    }

    public static long reserved(AccountRecord holder, UsageUnit unit) {
        return switch (unit) {
            case VOICE_SECONDS -> holder.reservedVoice();
            case DATA_BYTES -> holder.reservedData();
            case SMS -> 0;
        };
    }

    public static void reserve(AccountRecord holder, UsageUnit unit, long delta) {
        if (unit == UsageUnit.VOICE_SECONDS) {
            holder.reservedVoice(Math.toIntExact(holder.reservedVoice() + delta));
        } else if (unit == UsageUnit.DATA_BYTES) {
            holder.reservedData(holder.reservedData() + delta);
        } else {
            throw new IllegalArgumentException("SMS are charged at once and never reserved");
        }
    }

    private static long tariffUnits(AccountRecord holder, UsageUnit unit) {
        return switch (unit) {
            case VOICE_SECONDS -> holder.voiceLeft();
            case SMS -> holder.smsLeft();
            case DATA_BYTES -> holder.dataLeft();
        };
    }

    private static void setTariffUnits(AccountRecord holder, UsageUnit unit, long units) {
        switch (unit) {
            case VOICE_SECONDS -> holder.voiceLeft((int) units);
            case SMS -> holder.smsLeft((int) units);
            case DATA_BYTES -> holder.dataLeft(units);
        }
    }

    private static int earliestAddOn(AccountRecord holder, UsageUnit unit, long now) {
        int best = -1;
        for (int slot = 0; slot < AccountRecord.ADD_ON_SLOTS; slot++) {
            if (holder.addOnHolds(slot, unit) && holder.addOnExpiry(slot) > now
                    && (best < 0 || holder.addOnExpiry(slot) < holder.addOnExpiry(best))) {
                best = slot;
            }
        }
        return best;
    }

    private static int exhaustedNotice(UsageUnit unit) {
        return switch (unit) {
            case VOICE_SECONDS -> Notices.VOICE_BUNDLE_EXHAUSTED;
            case SMS -> Notices.SMS_BUNDLE_EXHAUSTED;
            case DATA_BYTES -> Notices.DATA_BUNDLE_EXHAUSTED;
        };
    }
}
