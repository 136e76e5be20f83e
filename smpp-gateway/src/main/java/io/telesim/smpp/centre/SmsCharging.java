package io.telesim.smpp.centre;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /**
     * Rejects the message when {@code msisdn} is not a subscriber who can receive it, without waiting: the future
     * fails with a {@link CompletionException} around the {@link SmppRejection}, and completes on the engine's reply
     * thread (or at once for a known subscriber).
     */
    CompletableFuture<Void> checkRecipientAsync(long msisdn) {
        long removals = engine.subscribersRemoved();
        if (known.contains(msisdn, removals)) {
            return CompletableFuture.completedFuture(null);
        }
        return engine.read(msisdn).handle((reply, failure) -> {
            SmppRejection refused = failure != null ? rejectionOf(failure) : recipientRefusal(reply.outcome());
            if (refused != null) {
                throw new CompletionException(refused);
            }
            known.add(msisdn, removals);
            return null;
        });
    }

    private static SmppRejection recipientRefusal(Outcome outcome) {
        if (outcome == Outcome.UNKNOWN_SUBSCRIBER) {
            return new SmppRejection(SMPPConstant.STAT_ESME_RINVDSTADR, "the destination is not a subscriber of this network");
        }
        if (outcome == Outcome.TERMINATED) {
            return new SmppRejection(SMPPConstant.STAT_ESME_RINVDSTADR, "the destination number is terminated");
        }
        return null;
    }

    /** As {@link #charge}, without waiting: completes on the engine's reply thread, failing as {@link #checkRecipientAsync} does. */
    CompletableFuture<Void> chargeAsync(long messageId, long payer, long destination, int segments) {
        Command command = new Command().set(CommandType.CHARGE_SMS, MessageIds.engineCommandId(messageId, 0), payer)
                .other(destination).amount(segments);
        return engine.call(command).handle((reply, failure) -> {
            if (failure != null) {
                throw new CompletionException(rejectionOf(failure));
            }
            if (reply.outcome() != Outcome.OK) {
                throw new CompletionException(new SmppRejection(SMPPConstant.STAT_ESME_RSUBMITFAIL, "not charged: " + reply.outcome().reason()));
            }
            return null;
        });
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

    /** Waits for {@code future}; its failure, or no answer in time, in SMPP's terms. */
    static <T> T await(CompletableFuture<T> future) throws SmppRejection {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw rejectionOf(e.getCause());
        } catch (TimeoutException e) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RSYSERR, "the rating engine did not answer in " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmppRejection(SMPPConstant.STAT_ESME_RSYSERR, "interrupted while waiting for the rating engine");
        }
    }

    /** A failure in SMPP's terms: a rejection as it is, a full engine ESME_RMSGQFUL, anything else ESME_RSYSERR. */
    private static SmppRejection rejectionOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof SmppRejection rejection) {
            return rejection;
        }
        if (cause instanceof EngineBusyException) {
            return new SmppRejection(SMPPConstant.STAT_ESME_RMSGQFUL, cause.getMessage());
        }
        return new SmppRejection(SMPPConstant.STAT_ESME_RSYSERR, "the rating engine failed: " + cause);
    }
}
