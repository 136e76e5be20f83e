package io.telesim.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.agrona.collections.LongArrayList;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.bonus.Gift;
import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.rating.ReservationRecord;
import io.telesim.billing.rating.ReservationTable;
import io.telesim.engine.EngineView;

/** The state a {@link io.telesim.engine.StateQuery} may read, on the apply thread, copied out. */
final class StateView implements EngineView {

    private final Catalog catalog;
    private final AccountRepository accounts;
    private final ReservationTable reservations;
    private final GiftLedger gifts;
    private final CommandApplier applier;
    private final AccountRecord cursor = new AccountRecord();
    private final ReservationRecord reservation = new ReservationRecord();
    private final LongArrayList expired = new LongArrayList();
    private long now;

    StateView(Catalog catalog, AccountRepository accounts, ReservationTable reservations, GiftLedger gifts, CommandApplier applier) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.reservations = reservations;
        this.gifts = gifts;
        this.applier = applier;
    }

    StateView at(long now) {
        this.now = now;
        return this;
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public boolean account(long msisdn, AccountRecord into) {
        if (!accounts.find(msisdn, cursor)) {
            return false;
        }
        into.copyFrom(cursor);
        return true;
    }

    @Override
    public long iccidOf(long msisdn) {
        return accounts.find(msisdn, cursor) ? cursor.iccid() : 0;
    }

    @Override
    public long numberOfSim(long iccid) {
        return applier.ownerOfSim(iccid);
    }

    @Override
    public long subscriberCount() {
        return applier.subscribers();
    }

    @Override
    public void expiredSessions(long at, LongArrayList sessionIds, LongArrayList msisdns) {
        reservations.expired(at, expired, reservation);
        for (int i = 0; i < expired.size(); i++) {
            long sessionId = expired.getLong(i);
            if (reservations.find(sessionId, reservation)) {
                sessionIds.addLong(sessionId);
                msisdns.addLong(reservation.msisdn());
            }
        }
    }

    @Override
    public List<Gift> expiredGifts(long at) {
        List<Gift> list = new ArrayList<>();
        for (long code : gifts.expiredOpenGifts(at)) {
            list.add(gifts.find(code));
        }
        return list;
    }

    @Override
    public List<Gift> openGifts(long msisdn) {
        return gifts.openGiftsOf(msisdn);
    }

    @Override
    public int openSessions() {
        return reservations.size();
    }
}
