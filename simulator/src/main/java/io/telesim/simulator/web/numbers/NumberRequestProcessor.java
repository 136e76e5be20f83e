package io.telesim.simulator.web.numbers;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.login.WebAccounts;
import io.telesim.smpp.centre.NotificationSms;
import io.telesim.smpp.SmppRejection;
import io.vertx.core.Future;

/**
 * Completes the requests that are due (F8) without anyone asking: a periodic timer runs
 * {@link #processDue()}, and so does every read of an account's numbers, so a read after the operator's
 * clock passed the due time already shows the result. A due request is checked against the rules again;
 * it is done (the number joins the account) or refused with the reason, and the account's primary number gets
 * an SMS saying which. Runs one at a time, in the order
 * they were asked for; a run that fails (a busy engine) leaves its requests for the next one.
 */
final class NumberRequestProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(NumberRequestProcessor.class);
    /** Requests completed in one run at most; the rest wait for the next run. */
    private static final int BATCH = 100;

    private final WebRuntime web;
    private final WebAccounts accounts;
    private final NumberRequests requests;
    private final JoinRules rules;
    private Future<Integer> tail = Future.succeededFuture(0);

    NumberRequestProcessor(WebRuntime web, NumberRequests requests, JoinRules rules) {
        this.web = web;
        this.accounts = web.accounts();
        this.requests = requests;
        this.rules = rules;
    }

    /** Starts the timer that processes due requests every {@code periodMillis}. */
    void start(long periodMillis) {
        web.vertx().setPeriodic(periodMillis, id -> processDue()
                .onFailure(failure -> LOG.warn("number requests: a run failed, the next one retries: {}", failure.toString())));
    }

    /** Completes every request due by the operator's clock now, after any run already going; answers how many. */
    synchronized Future<Integer> processDue() {
        Future<Integer> next = tail.transform(previous -> runOnce());
        tail = next;
        return next;
    }

    private Future<Integer> runOnce() {
        long now = web.services().clock().now();
        return web.blocking(() -> requests.due(now, BATCH)).compose(due -> completeFrom(due, 0));
    }

    private Future<Integer> completeFrom(List<NumberRequest> due, int index) {
        if (index == due.size()) {
            return Future.succeededFuture(index);
        }
        NumberRequest request = due.get(index);
        return rules.check(request.primary(), request.number(), false)
                .compose(refusal -> web.blocking(() -> complete(request, refusal)))
                .compose(done -> completeFrom(due, index + 1));
    }

    private Void complete(NumberRequest request, Refusal refusal) {
        long now = web.services().clock().now();
        boolean joined = refusal == null || refusal.code().equals("already_in_your_account");
        String added = new Msisdn(request.number()).formatted();
        if (joined) {
            accounts.addNumber(request.primary(), request.number());
            requests.finish(request.done(now));
            LOG.info("number request {}: {} joined the account of {}", request.id(), request.number(), request.primary());
            tell(request.primary(), "Number " + added + " is now in your account: switch to it at the top of any page.");
        } else {
            requests.finish(request.refused(now, refusal));
            LOG.info("number request {}: {} refused: {}", request.id(), request.number(), refusal.message());
            tell(request.primary(), "Your request to add " + added + " to your account was refused: " + refusal.message() + ".");
        }
        return null;
    }

    /** The subscriber learns the result by SMS; the request is final either way, so a refused SMS is only logged. */
    private void tell(long msisdn, String text) {
        try {
            web.services().senders().sendFrom(NotificationSms.SENDER, msisdn, text);
        } catch (SmppRejection e) {
            LOG.info("the number request SMS to {} was not sent: {}", msisdn, e.getMessage());
        }
    }
}
