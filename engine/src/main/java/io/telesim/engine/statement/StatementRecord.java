package io.telesim.engine.statement;

import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import java.util.Objects;

/**
 * One line of a number's statement: a rated usage or a money movement. Mutable so the engine can fill
 * one instance per command and append it without allocating; queries return fresh instances.
 *
 * <p>Units are in the usage's own unit (seconds, SMS segments, bytes). Money is signed kopecks: what the
 * record did to the balance, so charges are negative and credits positive.
 */
public final class StatementRecord {

    /** {@link #position()} of a record not read from a store. */
    public static final long NO_POSITION = -1L;

    private long position = NO_POSITION;
    private long timeMillis;
    private long msisdn;
    private int kind;
    private long party;
    private int destination = -1;
    private long usedUnits;
    private long chargedUnits;
    private long bundleUnits;
    private long money;
    private long balanceAfter;
    private int item = OperationResult.NO_ITEM;
    private long eventId;
    private long journalPosition;

    /** Clears every field, so a reused instance carries nothing over from the previous record. */
    public StatementRecord reset() {
        position = NO_POSITION;
        timeMillis = 0;
        msisdn = 0;
        kind = 0;
        party = 0;
        destination = -1;
        usedUnits = 0;
        chargedUnits = 0;
        bundleUnits = 0;
        money = 0;
        balanceAfter = 0;
        item = OperationResult.NO_ITEM;
        eventId = 0;
        journalPosition = 0;
        return this;
    }

    /** The record's position in the statement log, or {@link #NO_POSITION}. */
    public long position() {
        return position;
    }

    StatementRecord position(long position) {
        this.position = position;
        return this;
    }

    public long timeMillis() {
        return timeMillis;
    }

    public StatementRecord timeMillis(long epochMillis) {
        this.timeMillis = epochMillis;
        return this;
    }

    /** The number whose statement this line is in. */
    public long msisdn() {
        return msisdn;
    }

    public StatementRecord msisdn(long msisdn) {
        this.msisdn = msisdn;
        return this;
    }

    /** The {@link StatementKind} code. */
    public int kindCode() {
        return kind;
    }

    StatementRecord kindCode(int code) {
        this.kind = code;
        return this;
    }

    public StatementRecord usage(UsageKind usage) {
        this.kind = StatementKind.of(usage);
        return this;
    }

    public StatementRecord movement(MovementKind movement) {
        this.kind = StatementKind.of(movement);
        return this;
    }

    /** The usage, or null for a money movement. */
    public UsageKind usageKind() {
        return StatementKind.usageKind(kind);
    }

    /** The money movement, or null for a usage. */
    public MovementKind movementKind() {
        return StatementKind.movementKind(kind);
    }

    /** The other party as a {@link PartyNumber}, 0 when there is none. */
    public long party() {
        return party;
    }

    public StatementRecord party(long partyNumber) {
        this.party = partyNumber;
        return this;
    }

    /** Where a usage went, or null when the record has no destination. */
    public DestinationClass destination() {
        return destination < 0 ? null : DestinationClass.ofOrdinal(destination);
    }

    public StatementRecord destination(DestinationClass destination) {
        this.destination = destination == null ? -1 : destination.ordinal();
        return this;
    }

    int destinationOrdinal() {
        return destination;
    }

    StatementRecord destinationOrdinal(int ordinal) {
        this.destination = ordinal;
        return this;
    }

    /** Usage as it happened: seconds, segments or bytes. */
    public long usedUnits() {
        return usedUnits;
    }

    /** Usage after rounding: what bundles and money paid for. */
    public long chargedUnits() {
        return chargedUnits;
    }

    /** Of {@link #chargedUnits()}, the part paid from bundles. */
    public long bundleUnits() {
        return bundleUnits;
    }

    public StatementRecord units(long used, long charged, long bundle) {
        this.usedUnits = used;
        this.chargedUnits = charged;
        this.bundleUnits = bundle;
        return this;
    }

    /** Signed kopecks: negative for charges, positive for credits. */
    public long money() {
        return money;
    }

    public StatementRecord money(long signedKopecks) {
        this.money = signedKopecks;
        return this;
    }

    public long balanceAfter() {
        return balanceAfter;
    }

    public StatementRecord balanceAfter(long kopecks) {
        this.balanceAfter = kopecks;
        return this;
    }

    /** The catalog index of the tariff, service or add-on concerned, or {@link OperationResult#NO_ITEM}. */
    public int item() {
        return item;
    }

    public StatementRecord item(int catalogIndex) {
        this.item = catalogIndex;
        return this;
    }

    /** The caller's id of the command that produced this record. */
    public long eventId() {
        return eventId;
    }

    public StatementRecord eventId(long eventId) {
        this.eventId = eventId;
        return this;
    }

    /** The journal position of the command that produced this record; recovery resumes after it. */
    public long journalPosition() {
        return journalPosition;
    }

    public StatementRecord journalPosition(long journalPosition) {
        this.journalPosition = journalPosition;
        return this;
    }

    /** Copies every field of {@code other}, position included. */
    public StatementRecord copyFrom(StatementRecord other) {
        position = other.position;
        timeMillis = other.timeMillis;
        msisdn = other.msisdn;
        kind = other.kind;
        party = other.party;
        destination = other.destination;
        usedUnits = other.usedUnits;
        chargedUnits = other.chargedUnits;
        bundleUnits = other.bundleUnits;
        money = other.money;
        balanceAfter = other.balanceAfter;
        item = other.item;
        eventId = other.eventId;
        journalPosition = other.journalPosition;
        return this;
    }

    /** Equal when every field but the position is: the same line, wherever it is stored. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof StatementRecord)) {
            return false;
        }
        StatementRecord that = (StatementRecord) other;
        return timeMillis == that.timeMillis && msisdn == that.msisdn && kind == that.kind
                && party == that.party && destination == that.destination && usedUnits == that.usedUnits
                && chargedUnits == that.chargedUnits && bundleUnits == that.bundleUnits && money == that.money
                && balanceAfter == that.balanceAfter && item == that.item && eventId == that.eventId
                && journalPosition == that.journalPosition;
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeMillis, msisdn, kind, party, destination, usedUnits, chargedUnits, bundleUnits,
                money, balanceAfter, item, eventId, journalPosition);
    }

    @Override
    public String toString() {
        return "StatementRecord[" + msisdn + " at " + timeMillis + " " + StatementKind.label(kind)
                + (party == 0 ? "" : " with " + PartyNumber.toString(party))
                + " units " + usedUnits + "/" + chargedUnits + "/" + bundleUnits
                + " money " + money + " balance " + balanceAfter + " item " + item
                + " event " + eventId + " journal " + journalPosition + "]";
    }
}
