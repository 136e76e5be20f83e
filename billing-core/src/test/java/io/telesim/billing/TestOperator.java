package io.telesim.billing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.agrona.collections.LongArrayList;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.bonus.GiftLedger;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.ops.BillingRules;
import io.telesim.billing.rating.ReservationRecord;
import io.telesim.billing.rating.ReservationTable;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * A tiny operator for tests: the billing rules of one catalog, on-heap accounts by number, a
 * reservation table, a gift ledger and a clock the test moves by hand. It plays the engine's part
 * (looking up the account that holds the bundles, claiming and freeing reservation slots) and nothing
 * more: every rule is billing-core's. Each call returns a fresh {@link OperationResult} so a test can
 * look at several. Single-threaded, like the engine's writer.
 */
public final class TestOperator {

    private final Catalog catalog;
    private final BillingRules rules;
    private final Map<Long, AccountRecord> accounts = new TreeMap<>();
    private final ReservationTable reservations = new ReservationTable(256);
    private final GiftLedger gifts = new GiftLedger();
    private long now;
    private long nextSessionId = 1;

    public TestOperator(Catalog catalog, long now) {
        this.catalog = catalog;
        this.rules = new BillingRules(catalog);
        this.now = now;
    }

    /** The standard catalog, on {@link TestTimes#MID_MARCH}. */
    public static TestOperator standard() {
        return new TestOperator(TestCatalogs.standard(), TestTimes.MID_MARCH);
    }

    public Catalog catalog() {
        return catalog;
    }

    public BillingRules rules() {
        return rules;
    }

    public GiftLedger gifts() {
        return gifts;
    }

    public ReservationTable reservations() {
        return reservations;
    }

    public long now() {
        return now;
    }

    public void now(long epochMillis) {
        this.now = epochMillis;
    }

    public void advance(long millis) {
        this.now += millis;
    }

    public int tariff(String id) {
        return require(catalog.tariffIndex(id), "tariff", id);
    }

    public int service(String id) {
        return require(catalog.serviceIndex(id), "service", id);
    }

    public int addOn(String id) {
        return require(catalog.addOnIndex(id), "add-on", id);
    }

    /** The account of {@code msisdn}; a record of zeroes when the number was never provisioned. */
    public AccountRecord account(long msisdn) {
        return accounts.computeIfAbsent(msisdn, n -> AccountRecord.onHeap());
    }

    public Collection<AccountRecord> accounts() {
        return accounts.values();
    }

    /** The account whose bundles {@code msisdn} uses: the family owner for a member, else its own. */
    public AccountRecord holderOf(long msisdn) {
        return account(account(msisdn).bundleHolder());
    }

    /** Every account's bytes by number: to compare states. */
    public Map<Long, byte[]> snapshot() {
        Map<Long, byte[]> bytes = new TreeMap<>();
        for (Map.Entry<Long, AccountRecord> e : accounts.entrySet()) {
            byte[] copy = new byte[AccountRecord.LENGTH];
            e.getValue().buffer().getBytes(e.getValue().offset(), copy);
            bytes.put(e.getKey(), copy);
        }
        return bytes;
    }

    public OperationResult provision(long msisdn, String tariff, long openingBalance) {
        OperationResult result = new OperationResult();
        rules.provisioning().provision(account(msisdn), msisdn, tariff(tariff), openingBalance, 0, now, result);
        return result;
    }

    /** Provisions a number as test setup: it must succeed. */
    public AccountRecord subscriber(long msisdn, String tariff, long openingBalance) {
        requireOk(provision(msisdn, tariff, openingBalance), "provisioning " + msisdn);
        return account(msisdn);
    }

    public OperationResult topUp(long msisdn, long amount) {
        OperationResult result = new OperationResult();
        rules.topUps().topUp(account(msisdn), amount, now, result);
        return result;
    }

    public OperationResult sms(long from, String to, int segments) {
        return sms(from, PartyNumber.parse(to), segments);
    }

    public OperationResult sms(long from, long to, int segments) {
        OperationResult result = new OperationResult();
        rules.rater().chargeSms(account(from), holderOf(from), to, segments, now, result);
        return result;
    }

    public OperationResult ussd(long msisdn) {
        OperationResult result = new OperationResult();
        rules.rater().chargeUssd(account(msisdn), now, result);
        return result;
    }

    /** A whole call: reserves {@code seconds} and commits them (or returns the refused reservation). */
    public OperationResult call(long from, long to, long seconds) {
        return session(from, UsageKind.VOICE, to, seconds);
    }

    public OperationResult call(long from, String to, long seconds) {
        return call(from, PartyNumber.parse(to), seconds);
    }

    /** A whole data session of {@code bytes}. */
    public OperationResult data(long msisdn, long bytes) {
        return session(msisdn, UsageKind.DATA, 0, bytes);
    }

    private OperationResult session(long from, UsageKind kind, long to, long units) {
        long sessionId = nextSessionId();
        OperationResult reserved = reserve(sessionId, from, kind, to, units);
        return reserved.outcome() == Outcome.OK ? commit(sessionId, units) : reserved;
    }

    /** A session that has already ended, rated at once as a call detail record. */
    public OperationResult chargeSession(long msisdn, UsageKind kind, long destination, long units) {
        OperationResult result = new OperationResult();
        rules.rater().chargeSession(account(msisdn), holderOf(msisdn), kind, destination, units, now, result);
        return result;
    }

    public long nextSessionId() {
        return nextSessionId++;
    }

    /** Opens session {@code sessionId}; its reservation slot is freed again when refused. */
    public OperationResult reserve(long sessionId, long msisdn, UsageKind kind, long destination, long requested) {
        OperationResult result = new OperationResult();
        ReservationRecord reservation = new ReservationRecord();
        if (!reservations.claim(sessionId, reservation)) {
            result.outcome(reservations.contains(sessionId) ? Outcome.RESERVATION_EXISTS : Outcome.RESERVATIONS_FULL);
            return result;
        }
        Outcome outcome = rules.rater().reserve(account(msisdn), holderOf(msisdn), reservation, sessionId, kind, destination,
                requested, now, result);
        if (outcome != Outcome.OK) {
            reservations.remove(sessionId);
        }
        return result;
    }

    public OperationResult update(long sessionId, long usedSoFar, long requestMore) {
        OperationResult result = new OperationResult();
        ReservationRecord reservation = reservation(sessionId);
        rules.rater().update(account(reservation.msisdn()), account(reservation.holder()), reservation, usedSoFar, requestMore,
                now, result);
        return result;
    }

    public OperationResult commit(long sessionId, long totalUsed) {
        OperationResult result = new OperationResult();
        ReservationRecord reservation = reservation(sessionId);
        rules.rater().commit(account(reservation.msisdn()), account(reservation.holder()), reservation, totalUsed, now, result);
        reservations.remove(sessionId);
        return result;
    }

    public OperationResult release(long sessionId) {
        OperationResult result = new OperationResult();
        ReservationRecord reservation = reservation(sessionId);
        rules.rater().release(account(reservation.msisdn()), account(reservation.holder()), reservation, now, result);
        reservations.remove(sessionId);
        return result;
    }

    /** The open reservation of {@code sessionId}. */
    public ReservationRecord reservation(long sessionId) {
        ReservationRecord reservation = new ReservationRecord();
        if (!reservations.find(sessionId, reservation)) {
            throw new IllegalStateException("no open session " + sessionId);
        }
        return reservation;
    }

    /** Releases every reservation that has expired by now, as the engine's timer would. */
    public List<OperationResult> releaseExpired() {
        LongArrayList expired = new LongArrayList();
        reservations.expired(now, expired, new ReservationRecord());
        List<OperationResult> results = new ArrayList<>();
        for (int i = 0; i < expired.size(); i++) {
            results.add(release(expired.getLong(i)));
        }
        return results;
    }

    public OperationResult transfer(long from, long to, long amount) {
        OperationResult result = new OperationResult();
        rules.transfers().transfer(account(from), account(to), amount, now, result);
        return result;
    }

    public OperationResult promisedPayment(long msisdn, long amount) {
        OperationResult result = new OperationResult();
        rules.promisedPayments().take(account(msisdn), amount, now, result);
        return result;
    }

    public OperationResult changeTariff(long msisdn, String tariff) {
        OperationResult result = new OperationResult();
        rules.tariffChanges().change(account(msisdn), tariff(tariff), now, result);
        return result;
    }

    public OperationResult connect(long msisdn, String service) {
        OperationResult result = new OperationResult();
        rules.services().connect(account(msisdn), service(service), now, result);
        return result;
    }

    public OperationResult addFavourite(long msisdn, long number) {
        OperationResult result = new OperationResult();
        rules.services().addFavourite(account(msisdn), number, result);
        return result;
    }

    public OperationResult buyAddOn(long msisdn, String addOn) {
        OperationResult result = new OperationResult();
        rules.addOns().buy(account(msisdn), holderOf(msisdn), addOn(addOn), now, result);
        return result;
    }

    public OperationResult block(long msisdn) {
        OperationResult result = new OperationResult();
        rules.blocking().block(account(msisdn), now, result);
        return result;
    }

    public OperationResult unblock(long msisdn) {
        OperationResult result = new OperationResult();
        rules.blocking().unblock(account(msisdn), now, result);
        return result;
    }

    public OperationResult addMember(long owner, long member) {
        OperationResult result = new OperationResult();
        rules.families().addMember(account(owner), account(member), now, result);
        return result;
    }

    public OperationResult removeMember(long owner, long member) {
        OperationResult result = new OperationResult();
        rules.families().removeMember(account(owner), account(member), now, result);
        return result;
    }

    public OperationResult dailyCycle(long msisdn) {
        OperationResult result = new OperationResult();
        rules.dailyCycle().run(account(msisdn), now, result);
        return result;
    }

    /** Fails the test setup unless {@code result} is OK. */
    public static OperationResult requireOk(OperationResult result, String what) {
        if (result.outcome() != Outcome.OK) {
            throw new IllegalStateException(what + ": " + result.outcome() + " (" + result.outcome().reason() + ")");
        }
        return result;
    }

    private static int require(int index, String what, String id) {
        if (index < 0) {
            throw new IllegalArgumentException("no " + what + " '" + id + "' in the catalog");
        }
        return index;
    }
}
