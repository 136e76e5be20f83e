package io.telesim.billing.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.agrona.collections.LongArrayList;

import io.telesim.billing.TestNumbers;
import io.telesim.billing.TestOperator;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.ReservationRecord;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * Runs a generated scenario against a {@link TestOperator} and records every account operation as a
 * {@link Step}. It plays the engine: it answers for numbers that are not subscribers
 * ({@link Outcome#UNKNOWN_SUBSCRIBER}) without calling the rules, finds the account holding the bundles,
 * and keeps the list of open sessions. Single-threaded, deterministic.
 */
final class World {

    /** The numbers of a scenario: six of ours in three regions, and one that is only ever provisioned later. */
    static final long[] ROSTER = {
        TestNumbers.ANNA, TestNumbers.BORIS, TestNumbers.VERA, TestNumbers.GLEB, TestNumbers.PETERSBURG_OURS,
        TestNumbers.KAZAN_OURS, TestNumbers.EGOR
    };

    /** Numbers provisioned at the start of every scenario. */
    static final int PROVISIONED_AT_START = 6;

    /** Where calls and messages go: our numbers, other operators, abroad, free and paid short numbers. */
    static final long[] DESTINATIONS = {
        TestNumbers.ANNA, TestNumbers.BORIS, TestNumbers.PETERSBURG_OURS, TestNumbers.MOSCOW_OTHER,
        TestNumbers.PETERSBURG_OTHER, TestNumbers.UNLISTED, TestNumbers.ALMATY, TestNumbers.LONDON,
        PartyNumber.parse("0611"), PartyNumber.parse("112"), PartyNumber.parse("5030")
    };

    private final TestOperator operator;
    private final List<Long> openSessions = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    World(Catalog catalog, long start) {
        this.operator = new TestOperator(catalog, start);
        for (long msisdn : ROSTER) {
            operator.account(msisdn);
        }
    }

    /** Applies every command, then ends every session still open (as the network would, at the latest on expiry). */
    static World run(Catalog catalog, long start, List<Op> ops) {
        World world = new World(catalog, start);
        for (Op op : ops) {
            op.applyTo(world);
        }
        world.endAllSessions();
        return world;
    }

    List<Step> steps() {
        return steps;
    }

    TestOperator operator() {
        return operator;
    }

    AccountRecord account(long msisdn) {
        return operator.account(msisdn);
    }

    void provision(Op.Provision op) {
        long msisdn = ROSTER[op.who()];
        step(op, msisdn, () -> {
            OperationResult result = new OperationResult();
            operator.rules().provisioning().provision(account(msisdn), msisdn, op.tariff(), op.openingBalance(), op.creditLimit(),
                    operator.now(), result);
            return result;
        });
    }

    void topUp(Op.TopUp op) {
        subscriberStep(op, op.who(), msisdn -> operator.topUp(msisdn, op.amount()));
    }

    void sms(Op.Sms op) {
        subscriberStep(op, op.who(), msisdn -> operator.sms(msisdn, DESTINATIONS[op.destination()], op.segments()));
    }

    void ussd(Op.Ussd op) {
        subscriberStep(op, op.who(), operator::ussd);
    }

    void startSession(Op.StartSession op) {
        long msisdn = op.who() >= 0 ? ROSTER[op.who()] : familyMember();
        if (account(msisdn).msisdn() == 0) {
            unknownSubscriber(op, msisdn);
            return;
        }
        long sessionId = operator.nextSessionId();
        UsageKind kind = op.data() ? UsageKind.DATA : UsageKind.VOICE;
        long destination = op.data() ? 0 : DESTINATIONS[op.destination()];
        Step step = step(op, msisdn, null, () -> operator.reserve(sessionId, msisdn, kind, destination, op.requested()),
                () -> operator.reservations().contains(sessionId) ? Held.of(operator.reservation(sessionId)) : null);
        if (step.result().outcome() == Outcome.OK) {
            openSessions.add(sessionId);
        }
    }

    void updateSession(Op.UpdateSession op) {
        if (openSessions.isEmpty()) {
            return;
        }
        long sessionId = openSessions.get(op.session() % openSessions.size());
        Held before = Held.of(operator.reservation(sessionId));
        long used = before.granted() * op.usedPercent() / 100;
        step(op, before.msisdn(), before, () -> operator.update(sessionId, used, op.more()),
                () -> Held.of(operator.reservation(sessionId)));
    }

    void endSession(Op.EndSession op) {
        if (openSessions.isEmpty()) {
            return;
        }
        long sessionId = openSessions.remove(op.session() % openSessions.size());
        Held before = Held.of(operator.reservation(sessionId));
        long used = before.granted() * op.usedPercent() / 100;
        step(op, before.msisdn(), before, () -> op.release() ? operator.release(sessionId) : operator.commit(sessionId, used),
                () -> null);
    }

    void releaseExpiredSessions(Op op) {
        LongArrayList expired = new LongArrayList();
        operator.reservations().expired(operator.now(), expired, new ReservationRecord());
        for (int i = 0; i < expired.size(); i++) {
            long sessionId = expired.getLong(i);
            openSessions.remove(Long.valueOf(sessionId));
            Held before = Held.of(operator.reservation(sessionId));
            step(op, before.msisdn(), before, () -> operator.release(sessionId), () -> null);
        }
    }

    void endAllSessions() {
        Op op = new Op.ReleaseExpiredSessions();
        while (!openSessions.isEmpty()) {
            long sessionId = openSessions.remove(0);
            Held before = Held.of(operator.reservation(sessionId));
            step(op, before.msisdn(), before, () -> operator.release(sessionId), () -> null);
        }
    }

    void transfer(Op.Transfer op) {
        subscriberStep(op, op.from(), msisdn -> operator.transfer(msisdn, ROSTER[op.to()], op.amount()));
    }

    void promisedPayment(Op.PromisedPayment op) {
        subscriberStep(op, op.who(), msisdn -> operator.promisedPayment(msisdn, op.amount()));
    }

    void changeTariff(Op.ChangeTariff op) {
        subscriberStep(op, op.who(), msisdn -> {
            OperationResult result = new OperationResult();
            operator.rules().tariffChanges().change(account(msisdn), op.tariff(), operator.now(), result);
            return result;
        });
    }

    void connectService(Op.ConnectService op) {
        subscriberStep(op, op.who(), msisdn -> {
            OperationResult result = new OperationResult();
            operator.rules().services().connect(account(msisdn), op.service(), operator.now(), result);
            return result;
        });
    }

    void disconnectService(Op.DisconnectService op) {
        subscriberStep(op, op.who(), msisdn -> {
            OperationResult result = new OperationResult();
            operator.rules().services().disconnect(account(msisdn), op.service(), result);
            return result;
        });
    }

    void addFavourite(Op.AddFavourite op) {
        subscriberStep(op, op.who(), msisdn -> operator.addFavourite(msisdn, DESTINATIONS[op.destination()]));
    }

    void buyAddOn(Op.BuyAddOn op) {
        subscriberStep(op, op.who(), msisdn -> {
            OperationResult result = new OperationResult();
            operator.rules().addOns().buy(account(msisdn), operator.holderOf(msisdn), op.addOn(), operator.now(), result);
            return result;
        });
    }

    void redeemPoints(Op.RedeemPoints op) {
        subscriberStep(op, op.who(), msisdn -> {
            OperationResult result = new OperationResult();
            operator.rules().bonus().redeem(account(msisdn), operator.holderOf(msisdn), op.reward(), operator.now(), result);
            return result;
        });
    }

    void block(Op.Block op) {
        subscriberStep(op, op.who(), operator::block);
    }

    void unblock(Op.Unblock op) {
        subscriberStep(op, op.who(), operator::unblock);
    }

    void joinFamily(Op.JoinFamily op) {
        long member = ROSTER[op.member()];
        long owner = op.owner() >= 0 ? ROSTER[op.owner()] : familyOwner();
        if (account(member).msisdn() == 0 || account(owner).msisdn() == 0) {
            unknownSubscriber(op, member);
            return;
        }
        step(op, owner, () -> operator.addMember(owner, member));
    }

    /** The first roster number that is a member of a family, else the first number. */
    private long familyMember() {
        for (long msisdn : ROSTER) {
            if (account(msisdn).isFamilyMember()) {
                return msisdn;
            }
        }
        return ROSTER[0];
    }

    /** The first provisioned roster number on a family tariff that is not itself a member, else the first number. */
    private long familyOwner() {
        for (long msisdn : ROSTER) {
            AccountRecord account = account(msisdn);
            if (account.msisdn() != 0 && operator.catalog().tariff(account.tariff()).isFamily() && !account.isFamilyMember()) {
                return msisdn;
            }
        }
        return ROSTER[0];
    }

    void leaveFamily(Op.LeaveFamily op) {
        long member = op.member() >= 0 ? ROSTER[op.member()] : familyMember();
        long ownOwner = account(member).familyOwner() != 0 ? account(member).familyOwner() : member;
        long owner = op.owner() >= 0 ? ROSTER[op.owner()] : ownOwner;
        if (account(member).msisdn() == 0 || account(owner).msisdn() == 0) {
            unknownSubscriber(op, member);
            return;
        }
        step(op, owner, () -> operator.removeMember(owner, member));
    }

    void setAutoTopUp(Op.SetAutoTopUp op) {
        subscriberStep(op, op.who(), msisdn -> {
            OperationResult result = new OperationResult();
            operator.rules().topUps().setAutoTopUp(account(msisdn), op.threshold(), op.amount(), result);
            return result;
        });
    }

    void setHomeInternet(Op.SetHomeInternet op) {
        subscriberStep(op, op.who(), msisdn -> {
            OperationResult result = new OperationResult();
            operator.rules().homeInternet().set(account(msisdn), op.active(), result);
            return result;
        });
    }

    void advance(long millis) {
        operator.advance(millis);
    }

    void runDailyCycle(Op op) {
        for (long msisdn : ROSTER) {
            step(op, msisdn, () -> operator.dailyCycle(msisdn));
        }
    }

    private void subscriberStep(Op op, int who, LongFunction<OperationResult> action) {
        long msisdn = ROSTER[who];
        if (account(msisdn).msisdn() == 0) {
            unknownSubscriber(op, msisdn);
            return;
        }
        step(op, msisdn, () -> action.apply(msisdn));
    }

    private void unknownSubscriber(Op op, long msisdn) {
        step(op, msisdn, () -> {
            OperationResult result = new OperationResult();
            result.outcome(Outcome.UNKNOWN_SUBSCRIBER);
            return result;
        });
    }

    private Step step(Op op, long subject, Supplier<OperationResult> action) {
        return step(op, subject, null, action, () -> null);
    }

    private Step step(Op op, long subject, Held heldBefore, Supplier<OperationResult> action, Supplier<Held> heldAfter) {
        Map<Long, byte[]> before = operator.snapshot();
        OperationResult result = action.get();
        Step step = new Step(op, subject, result, operator.now(), before, operator.snapshot(), heldBefore, heldAfter.get());
        steps.add(step);
        return step;
    }
}
