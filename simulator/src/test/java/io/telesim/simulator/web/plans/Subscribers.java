package io.telesim.simulator.web.plans;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.TopUpPolicy;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.ReplySnapshot;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.web.WebFixture;

/**
 * An operator with no subscribers for one test class (a JUnit extension: {@code @RegisterExtension static final
 * Subscribers subscribers = new Subscribers();} starts it before the class and drops it after), and the subscribers
 * each test makes on it with the tariff and balance it needs, and what happens to them outside the web (top-ups as a
 * payment would make them), through the operator's engine.
 */
public final class Subscribers implements BeforeAllCallback, AfterAllCallback {

    private WebFixture fixture;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        fixture = WebFixture.start(0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        fixture.close();
    }

    /** The operator with its web server. */
    public WebFixture fixture() {
        return fixture;
    }

    public Catalog catalog() {
        return fixture.operator().engine().catalog();
    }

    /** Connects {@code msisdn} on tariff {@code tariffId} with {@code kopecks} on the balance. */
    public long provision(long msisdn, String tariffId, long kopecks) {
        int tariff = catalog().tariffIndex(tariffId);
        if (tariff < 0 || fixture.operator().provision(List.of(new Subscriber(msisdn, tariff, kopecks, 1))) != 1) {
            throw new AssertionError("could not provision " + msisdn + " on " + tariffId);
        }
        return msisdn;
    }

    /** Tops up {@code kopecks} in payments within the top-up policy's limits. */
    public void topUp(long msisdn, long kopecks) throws Exception {
        TopUpPolicy policy = catalog().policies().topUp();
        long left = kopecks;
        while (left > 0) {
            long payment = Math.max(policy.minAmount(), Math.min(left, policy.maxAmount()));
            ReplySnapshot reply = call(new Command().set(CommandType.TOP_UP, 0, msisdn).amount(payment));
            if (reply.outcome() != Outcome.OK) {
                throw new AssertionError("top-up refused: " + reply.outcome());
            }
            left -= payment;
        }
    }

    /** Tops up as much as earns {@code points} bonus points by the catalog's bonus policy. */
    public void earnPoints(long msisdn, long points) throws Exception {
        topUp(msisdn, points * catalog().policies().bonus().kopecksPerPointToppedUp());
    }

    public ReplySnapshot read(long msisdn) throws Exception {
        return fixture.operator().engine().read(msisdn).get(10, TimeUnit.SECONDS);
    }

    public AccountRecord account(long msisdn) throws Exception {
        AccountRecord copy = AccountRecord.onHeap();
        if (!fixture.operator().engine().query(view -> view.account(msisdn, copy)).get(10, TimeUnit.SECONDS)) {
            throw new AssertionError(msisdn + " is not a subscriber");
        }
        return copy;
    }

    private ReplySnapshot call(Command command) throws Exception {
        return fixture.operator().engine().call(command).get(10, TimeUnit.SECONDS);
    }
}
