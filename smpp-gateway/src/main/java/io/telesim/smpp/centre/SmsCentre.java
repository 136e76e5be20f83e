package io.telesim.smpp.centre;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.MessageState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.PartyNumber;
import io.telesim.engine.Engine;
import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.handset.Handsets;
import io.telesim.smpp.SmppRejection;

/**
 * The SMS centre without its protocol: takes messages (from ESMEs, handsets and Telesim's own senders),
 * checks where they go, charges them through the engine, stores them and forwards them: to a handset's
 * inbox (waiting while it is switched off), to an ESME bound for a short number, or to another network.
 * Ends each message in one final state and sends the receipts its sender asked for. Thread-safe.
 */
public final class SmsCentre implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmsCentre.class);

    private final Catalog catalog;
    private final EngineClock clock;
    private final CentreSettings settings;
    private final SmsCharging charging;
    private final MessageJournal journal;
    private final MessageStore store;
    private final MessageIds ids;
    private final DeliveryWorker worker;
    private final LongAdder accepted = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder expired = new LongAdder();
    private final LongAdder undeliverable = new LongAdder();
    private final LongAdder deleted = new LongAdder();
    private final LongAdder receipts = new LongAdder();
    private volatile EsmeDelivery esmes = EsmeDelivery.NONE;
    private volatile OtherNetworks others = OtherNetworks.NONE;
    private volatile Consumer<SmsMessage> serviceReceipts = message -> { };

    /** A centre whose messages live in memory only. */
    public SmsCentre(Engine engine, Handsets handsets, EngineClock clock, CentreSettings settings) {
        this(engine, handsets, clock, settings, MessageJournal.NONE);
    }

    /**
     * A centre that writes its messages to {@code journal} and takes back the ones it held undelivered
     * when it stopped; they go out again on {@link #start()} (a message delivered just before a crash may
     * be delivered twice, never lost).
     */
    public SmsCentre(Engine engine, Handsets handsets, EngineClock clock, CentreSettings settings, MessageJournal journal) {
        this.catalog = engine.catalog();
        this.clock = clock;
        this.settings = settings;
        this.journal = journal;
        this.charging = new SmsCharging(engine);
        this.store = new MessageStore(settings.maxPending(), settings.retainFinished());
        long lastId = 0;
        for (SmsMessage message : journal.pending()) {
            store.reserve();
            store.add(message);
            lastId = Math.max(lastId, message.id());
        }
        this.ids = new MessageIds(Math.max(System.currentTimeMillis(), lastId / 1000 + 1));
        this.worker = new DeliveryWorker(this, handsets, clock, settings);
        handsets.onSwitchOn(msisdn -> {
            for (SmsMessage message : store.takeWaiting(msisdn)) {
                message.dueAt(clock.now());
                worker.attemptSoon(message);
            }
        });
    }

    /** Connects the SMPP side that reaches bound ESMEs. */
    public void connectEsmes(EsmeDelivery esmeDelivery) {
        this.esmes = esmeDelivery;
    }

    /** Connects the link to other networks' SMS centres. */
    public void connectOtherNetworks(OtherNetworks otherNetworks) {
        this.others = otherNetworks;
    }

    /** Where the final states of messages from Telesim's own senders are reported. */
    public void onServiceReceipt(Consumer<SmsMessage> listener) {
        this.serviceReceipts = listener;
    }

    /**
     * Starts delivering, beginning with the messages taken back from the journal. Each is charged again
     * first under its own engine command id: the engine answers a charge it already made without making it
     * twice, and makes one a crash kept from being made; a message whose charge is refused now ends REJECTED.
     */
    public void start() {
        worker.start();
        for (SmsMessage message : journal.pending()) {
            try {
                if (message.payer() != 0) {
                    Submission s = message.submission();
                    charging.charge(message.id(), message.payer(), s.destination(), s.segments());
                }
                release(message);
            } catch (SmppRejection e) {
                LOG.warn("message {} taken back from the journal is not delivered: {}", message.messageId(), e.getMessage());
                finish(message, MessageState.REJECTED, DeliveryErrors.NONE);
            }
        }
    }

    public EngineClock clock() {
        return clock;
    }

    public CentreSettings settings() {
        return settings;
    }

    /** Where a message to {@code destination} goes. */
    public Route routeOf(long destination) {
        if (PartyNumber.isShort(destination)) {
            String systemId = settings.shortNumbers().get(PartyNumber.toString(destination));
            return systemId == null ? Route.NOWHERE : Route.esme(systemId);
        }
        return catalog.numbering().isOnNet(destination) ? Route.HANDSET : Route.OUTBOUND;
    }

    /**
     * Accepts a message: checks its recipient, charges {@code payer} (0 when nobody pays) and stores it.
     * It goes out after {@link #release}: the SMPP side first answers the submit, so no receipt can
     * overtake the submit_sm_resp.
     *
     * @throws SmppRejection in SMPP's terms when the message cannot be taken
     */
    public SmsMessage accept(Submission submission, long payer) throws SmppRejection {
        return accept(submission, payer, 0);
    }

    /**
     * Accepts one destination of a message sent to several: its receipts carry {@code groupId}, the id of
     * the first destination's message (0 for the first itself).
     */
    public SmsMessage accept(Submission submission, long payer, long groupId) throws SmppRejection {
        return SmsCharging.await(acceptAsync(submission, payer, groupId));
    }

    /**
     * A new message for {@code submission}, its place in the store taken; refused when nobody could ever
     * deliver it (before the charge, so the sender does not pay) or when the store is full.
     */
    private SmsMessage newMessage(Submission submission, long payer, long groupId) throws SmppRejection {
        Route route = routeOf(submission.destination());
        if (route.kind() == Route.Kind.NOWHERE) {
            rejected.increment();
            throw new SmppRejection(SMPPConstant.STAT_ESME_RINVDSTADR, "no service answers on short number " + submission.destinationAddress());
        }
        if (!store.reserve()) {
            rejected.increment();
            throw new SmppRejection(SMPPConstant.STAT_ESME_RMSGQFUL, "the SMS centre holds " + settings.maxPending()
                    + " undelivered messages already; try again later");
        }
        long id = ids.next();
        // A message for another network with no link to one cannot be delivered: it ends undeliverable, unpaid.
        boolean deliverable = route != Route.OUTBOUND || others != OtherNetworks.NONE;
        return new SmsMessage(id, groupId == 0 ? id : groupId, submission, route, clock.now(), deliverable ? payer : 0);
    }

    /**
     * Accepts a message as {@link #accept(Submission, long)} does, without waiting for the engine: the future
     * completes with the stored message once it is journaled and charged (on the engine's reply thread, or
     * on the caller's when nothing was asked of the engine), or fails with the {@link SmppRejection}.
     */
    public CompletableFuture<SmsMessage> acceptAsync(Submission submission, long payer) {
        return acceptAsync(submission, payer, 0);
    }

    private CompletableFuture<SmsMessage> acceptAsync(Submission submission, long payer, long groupId) {
        CompletableFuture<SmsMessage> result = new CompletableFuture<>();
        SmsMessage message;
        try {
            message = newMessage(submission, payer, groupId);
        } catch (SmppRejection e) {
            result.completeExceptionally(e);
            return result;
        }
        if (message.route() == Route.HANDSET) {
            charging.checkRecipientAsync(submission.destination()).whenComplete((ok, failure) -> {
                if (failure != null) {
                    refuse(message, false, failure, result);
                } else {
                    journalAndCharge(message, groupId, result);
                }
            });
        } else {
            journalAndCharge(message, groupId, result);
        }
        return result;
    }

    /**
     * Journaled before it is charged: after a crash between the two, the restart charges it again under the same
     * engine command id, which the engine answers without charging twice.
     */
    private void journalAndCharge(SmsMessage message, long groupId, CompletableFuture<SmsMessage> result) {
        try {
            journal.accepted(message);
        } catch (RuntimeException e) {
            refuse(message, false, e, result);
            return;
        }
        if (message.payer() == 0) {
            admit(message, groupId, result);
            return;
        }
        Submission submission = message.submission();
        charging.chargeAsync(message.id(), message.payer(), submission.destination(), submission.segments()).whenComplete((ok, failure) -> {
            if (failure != null) {
                refuse(message, true, failure, result);
            } else {
                admit(message, groupId, result);
            }
        });
    }

    private void admit(SmsMessage message, long groupId, CompletableFuture<SmsMessage> result) {
        store.add(message);
        if (groupId != 0) {
            store.addCopy(groupId, message);
        }
        accepted.increment();
        result.complete(message);
    }

    private void refuse(SmsMessage message, boolean journaled, Throwable failure, CompletableFuture<SmsMessage> result) {
        if (journaled && message.finish(MessageState.REJECTED, DeliveryErrors.NONE, clock.now())) {
            journal.finished(message);
        }
        store.unreserve();
        rejected.increment();
        result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
    }

    /**
     * Starts delivering an accepted message. A whole message for a handset that is on is put in its
     * inbox here and now, on the caller's thread (the common case, spared a hand-off); everything else
     * goes to the delivery thread.
     */
    public void release(SmsMessage message) {
        if (!message.markReleased()) {
            return;
        }
        if (!worker.deliverNow(message)) {
            worker.attemptSoon(message);
        }
    }

    /** Accepts and releases in one step: for senders that need not answer a PDU first. */
    public SmsMessage send(Submission submission, long payer) throws SmppRejection {
        SmsMessage message = accept(submission, payer);
        release(message);
        return message;
    }

    /** The message with this id (as submit_sm_resp gave it), or null when there is none (or no longer). */
    public SmsMessage find(String messageId) {
        long id = MessageIds.parse(messageId);
        return id < 0 ? null : store.get(id);
    }

    /** Every copy of the message with this id (the copies of a submit_multi), or none. */
    public List<SmsMessage> copies(String messageId) {
        long id = MessageIds.parse(messageId);
        return id < 0 ? List.of() : store.copies(id);
    }

    /** Cancels one waiting message; its sender gets a DELETED receipt if it asked for one. */
    public boolean cancel(SmsMessage message) {
        return finish(message, MessageState.DELETED, DeliveryErrors.NONE);
    }

    /** The messages still waiting that {@code filter} selects: for cancel_sm by addresses. */
    public List<SmsMessage> pending(java.util.function.Predicate<SmsMessage> filter) {
        return store.pendingMessages().stream().filter(filter).toList();
    }

    /**
     * Replaces the content of a waiting message (replace_sm); a text with more segments is charged for
     * the difference to {@code payer}.
     */
    public void replace(SmsMessage message, Submission replacement, long payer) throws SmppRejection {
        if (message.isFinal()) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RREPLACEFAIL, "the message has already ended: " + message.state());
        }
        int[] owed = message.chargeFor(replacement.segments());
        if (owed[0] > 0 && payer != 0) {
            if (owed[1] > MessageIds.MAX_EXTRA_CHARGES) {
                throw new SmppRejection(SMPPConstant.STAT_ESME_RREPLACEFAIL, "a message may grow by replace_sm at most "
                        + MessageIds.MAX_EXTRA_CHARGES + " times");
            }
            charging.chargeMore(message.id(), owed[1], payer, replacement.destination(), owed[0]);
            message.charged(replacement.segments());
        }
        if (!message.replace(replacement, clock.now())) {
            throw new SmppRejection(SMPPConstant.STAT_ESME_RREPLACEFAIL, "the message has already ended: " + message.state());
        }
        journal.replaced(message);
        worker.attemptSoon(message);
    }

    /** The outbound link took the message; the other network's receipt ends it. */
    public void forwarded(long id, String remoteMessageId) {
        LOG.debug("message {} forwarded as {}", MessageIds.text(id), remoteMessageId);
    }

    public void forwardFailed(long id, int commandStatus, String reason) {
        SmsMessage message = store.get(id);
        if (message != null) {
            LOG.info("message {} not taken by the other network (status 0x{}): {}", message.messageId(),
                    Integer.toHexString(commandStatus), reason);
            finish(message, MessageState.UNDELIVERABLE, DeliveryErrors.REFUSED);
        }
    }

    /** The other network's receipt: a final state ends the message (ACCEPTED counts as delivered). */
    public void forwardReceipt(long id, MessageState state, int errorCode) {
        SmsMessage message = store.get(id);
        if (message == null || state == MessageState.ENROUTE || state == MessageState.SCHEDULED) {
            return;
        }
        MessageState ours = switch (state) {
            case DELIVERED, ACCEPTED -> MessageState.DELIVERED;
            case EXPIRED, DELETED, REJECTED -> state;
            default -> MessageState.UNDELIVERABLE;
        };
        finish(message, ours, errorCode);
    }

    public SmscStats stats() {
        return new SmscStats(accepted.sum(), rejected.sum(), delivered.sum(), expired.sum(), undeliverable.sum(), deleted.sum(),
                receipts.sum(), store.pending());
    }

    EsmeDelivery esmes() {
        return esmes;
    }

    OtherNetworks others() {
        return others;
    }

    void waitForHandset(SmsMessage message) {
        store.waitForHandset(message);
    }

    /** Ends a message and sends its receipt; false when it had already ended. */
    boolean finish(SmsMessage message, MessageState state, int error) {
        if (!message.finish(state, error, clock.now())) {
            return false;
        }
        store.finished(message);
        journal.finished(message);
        count(state).increment();
        Submission submission = message.submission();
        if (submission.wantsReceipt(state == MessageState.DELIVERED)) {
            receipts.increment();
            String systemId = submission.origin().receiptsTo();
            if (systemId != null) {
                esmes.receipt(systemId, message);
            } else {
                serviceReceipts.accept(message);
            }
        }
        return true;
    }

    private LongAdder count(MessageState state) {
        return switch (state) {
            case DELIVERED -> delivered;
            case EXPIRED -> expired;
            case DELETED -> deleted;
            default -> undeliverable;
        };
    }

    @Override
    public void close() {
        worker.close();
    }
}
