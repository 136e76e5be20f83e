package io.telesim.billing.properties;

import io.telesim.billing.rating.ReservationRecord;
import io.telesim.billing.rating.UsageKind;

/** What an open reservation held at one moment: a copy, since the record itself is reused and cleared. */
record Held(long sessionId, long msisdn, long holder, UsageKind kind, long granted, long reported, long heldBundle,
            long heldMoney, long price, long connectionFee, long roundingFirst, long roundingIncrement,
            boolean tariffBundle, boolean addOns) {

    static Held of(ReservationRecord r) {
        return new Held(r.sessionId(), r.msisdn(), r.holder(), r.kind(), r.granted(), r.reported(), r.heldBundle(),
                r.heldMoney(), r.price(), r.connectionFee(), r.roundingFirst(), r.roundingIncrement(), r.tariffBundle(),
                r.addOns());
    }
}
