package io.telesim.ussd.builtin;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.ForwardingCondition;
import io.telesim.engine.ReplySnapshot;

/**
 * A number's account as the engine saw it at one point: money, bundles left (from the engine's read,
 * which counts a family member's shared bundles) and the tariff, services and forwarding (from a state
 * query right after it).
 */
final class AccountState {

    private final ReplySnapshot read;
    private final int tariff;
    private final long services;
    private final long[] forwarding = new long[ForwardingCondition.values().length];

    AccountState(ReplySnapshot read, AccountRecord record) {
        this.read = read;
        this.tariff = record.tariff();
        this.services = record.services();
        for (ForwardingCondition condition : ForwardingCondition.values()) {
            forwarding[condition.ordinal()] = record.forwarding(condition);
        }
    }

    long balance() {
        return read.balance();
    }

    AccountStatus status() {
        return read.status();
    }

    long voiceLeft() {
        return read.voiceLeft();
    }

    long smsLeft() {
        return read.smsLeft();
    }

    long dataLeft() {
        return read.dataLeft();
    }

    long bonusPoints() {
        return read.bonusPoints();
    }

    /** The catalog index of the tariff. */
    int tariff() {
        return tariff;
    }

    boolean hasService(int index) {
        return (services & (1L << index)) != 0;
    }

    /** Where calls go under {@code condition}, or 0 when they are not forwarded. */
    long forwarding(ForwardingCondition condition) {
        return forwarding[condition.ordinal()];
    }
}
