package io.telesim.engine;

/**
 * What a caller asks the engine to do: reusable and mutable, so a producer fills one and submits it
 * without allocating. {@link CommandType} says which fields a command reads. The command id is the
 * caller's: a repeated id within the engine's retention window returns the first result and changes
 * nothing, so a caller that is unsure whether a command arrived may simply send it again.
 */
public final class Command {

    CommandType type;
    long commandId;
    long msisdn;
    long sessionId;
    long other;
    long amount;
    long amount2;
    int item;

    /** Clears every field and sets the type and id; then set the fields the type needs. */
    public Command set(CommandType type, long commandId, long msisdn) {
        this.type = type;
        this.commandId = commandId;
        this.msisdn = msisdn;
        this.sessionId = 0;
        this.other = 0;
        this.amount = 0;
        this.amount2 = 0;
        this.item = 0;
        return this;
    }

    public Command sessionId(long sessionId) {
        this.sessionId = sessionId;
        return this;
    }

    public Command other(long other) {
        this.other = other;
        return this;
    }

    public Command amount(long amount) {
        this.amount = amount;
        return this;
    }

    public Command amount2(long amount2) {
        this.amount2 = amount2;
        return this;
    }

    public Command item(int item) {
        this.item = item;
        return this;
    }

    public CommandType type() {
        return type;
    }

    public long commandId() {
        return commandId;
    }

    public long msisdn() {
        return msisdn;
    }

    public long sessionId() {
        return sessionId;
    }

    public long other() {
        return other;
    }

    public long amount() {
        return amount;
    }

    public long amount2() {
        return amount2;
    }

    public int item() {
        return item;
    }

    @Override
    public String toString() {
        return type + "#" + commandId + "{" + msisdn + (sessionId != 0 ? " session=" + sessionId : "") + (other != 0 ? " other=" + other : "")
                + " amount=" + amount + (amount2 != 0 ? " amount2=" + amount2 : "") + (item != 0 ? " item=" + item : "") + "}";
    }
}
