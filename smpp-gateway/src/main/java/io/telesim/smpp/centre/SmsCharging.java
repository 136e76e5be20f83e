package io.telesim.smpp.centre;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jsmpp.SMPPConstant;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineBusyException;
import io.telesim.engine.ReplySnapshot;
import io.telesim.smpp.SmppRejection;

/**
 * The SMS centre's calls to the engine: whether a recipient is our subscriber, and the charge of a
 * message to whoever pays for it (the sender's number for SMS from handsets, the ESME's billing account
 * for A2P). Waits for the engine's answer; a full engine is ESME_RMSGQFUL, a refusal says why.
 */
final class SmsCharging {

    private static final long TIMEOUT_SECONDS = 5;

    /** Subscribers remembered so that messages to them skip the engine read. */
    private static final int REMEMBERED = 2_000_000;

    private final Engine engine;
    private final KnownSubscribers known = new KnownSubscribers(REMEMBERED);

    SmsCharging(Engine engine) {
        this.engine = engine;
    }

    /** Rejects the message when {@code msisdn} is not a subscriber who can receive it. */
    void checkRecipient(long msisdn) throws SmppRejection {
        long removals = engine.subscribersRemoved();
        if (known.contains(msisdn, removals)) {
            return;
        }
        ReplySnapshot reply = await(engine.read(msisdn));
        if (reply.outcome() == Outcome.UNKNOWN_SUBSCRIBER) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVDSTADR, "the destination is not a subscriber of this network");
        }
        if (reply.outcome() == Outcome.TERMINATED) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVDSTADR, "the destination number is terminated");
        }
        known.add(msisdn, removals);
    }

    /** Charges {@code segments} SMS to {@code payer} for a message to {@code destination}. */
    void charge(long messageId, long payer, long destination, int segments) throws SmppRejection {
        charge(messageId, 0, payer, destination, segments, SMPPConstant.STAT_ESME_RSUBMITFAIL, "not charged: ");
    }

    /** Charges more segments to a message that grew when it was replaced: its {@code charge}-th extra charge. */
    void chargeMore(long messageId, int charge, long payer, long destination, int segments) throws SmppRejection {
        charge(messageId, charge, payer, destination, segments, SMPPConstant.STAT_ESME_RREPLACEFAIL, "the longer text was not charged: ");
    }

    private void charge(long messageId, int charge, long payer, long destination, int segments, int refusedStatus, String refused)
            throws SmppRejection {
        Command command = new Command().set(CommandType.CHARGE_SMS, MessageIds.engineCommandId(messageId, charge), payer)
                .other(destination).amount(segments);
        ReplySnapshot reply = await(engine.call(command));
        if (reply.outcome() != Outcome.OK) {
            throw new SmppRejection(refusedStatus, refused + reply.outcome().reason());
        }
    }

    private static ReplySnapshot await(CompletableFuture<ReplySnapshot> future) throws SmppRejection {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EngineBusyException) {
                throw new SmppRejection(SMPPConstant.STAT_ESME_RMSGQFUL, e.getCause().getMessage());
            }
            throw new SmppRejection(SMPPConstant.STAT_ESME_RSYSERR, "the rating engine failed: " + e.getCause());
        } catch (TimeoutException e) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RSYSERR, "the rating engine did not answer in " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmppRejection(SMPPConstant.STAT_ESME_RSYSERR, "interrupted while waiting for the rating engine");
        }
    }
}
