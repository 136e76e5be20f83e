package io.telesim.smpp.client;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitSmResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telesim's SMS centre as an ESME of another network's SMSC.
 *
 * <p>Threads: a link thread connects and binds (jSMPP's {@link SMPPSession}; jSMPP itself sends enquire_link
 * after {@link OutboundSettings#enquireLinkInterval()} of silence and drops the link when it goes
 * unanswered) and re-binds after a drop or a failed bind with capped, jittered exponential back-off. One
 * dispatcher thread takes queued messages in order while the link is bound, takes a window permit and a
 * rate token for each, and hands it to one of {@link OutboundSettings#window()} sender threads, which
 * calls jSMPP's synchronous {@code submitShortMessage}. So at most {@code window} submit_sm are in flight
 * and at most {@code maxPerSecond} (plus the bucket's one-second burst) go out a second.
 *
 * <p>Outcomes: submit_sm_resp OK reports {@code onAccepted}; ESME_RTHROTTLED, ESME_RMSGQFUL, ESME_RSYSERR,
 * ESME_RX_T_APPN, ESME_RINVBNDSTS and a missing or invalid response are retried after a jittered,
 * doubling delay, at the head of the queue, up to {@link OutboundSettings#maxRetries()} times; any other
 * command_status fails the message at once. An I/O error (the link went down under the send) puts the
 * message back at the head of the queue without using a retry. Each queued message is reported exactly
 * once, accepted or failed.
 *
 * <p>Receipts: deliver_sm whose esm_class says SMSC delivery receipt (or intermediate notification) are
 * matched by the receipted_message_id TLV or the {@code id:} of the receipt text to the accepted
 * message's remote id ({@link Correlator}); a receipt that arrives before its submit_sm_resp was
 * processed is kept and reported right after {@code onAccepted}. Other deliver_sm go to
 * {@code onIncoming}.
 */
public final class OutboundEsme implements AutoCloseable {
    /** onFailed status: the client was closed before the message could be sent or retried. */
    public static final int STATUS_CLOSED = -1;
    /** onFailed status: no (valid) submit_sm_resp in time, and retries used up. */
    public static final int STATUS_NO_RESPONSE = -2;
    /** onFailed status: the message cannot be encoded as a submit_sm (bad TON/NPI, field too long). */
    public static final int STATUS_INVALID = -3;

    private static final Logger log = LoggerFactory.getLogger(OutboundEsme.class);
    private static final int MAX_SHORT_MESSAGE = 254;
    private static final long POLL_MILLIS = 100;
    private static final long HOUSEKEEPING_MILLIS = 1_000;
    private static final long CLOSE_GRACE_MILLIS = 2_000;

    private final OutboundSettings settings;
    private final OutboundListener listener;
    private final TimeSource time;
    private final TokenBucket bucket;
    private final Correlator correlator;
    private final String name;

    /** Messages waiting to be sent, in order; retries and messages put back go to the head. */
    private final LinkedBlockingDeque<Pending> queue = new LinkedBlockingDeque<>();
    /** Guards {@link #closed} against inserts into {@link #queue}, so that close() fails every message. */
    private final Object admission = new Object();
    /** Messages waiting out a retry delay; whoever removes one from here owns it. */
    private final Set<Pending> retryWaiting = ConcurrentHashMap.newKeySet();
    private final Semaphore window;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong receipts = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong incoming = new AtomicLong();

    private final ReentrantLock linkLock = new ReentrantLock();
    private final Condition linkChanged = linkLock.newCondition();
    private volatile LinkState linkState = LinkState.DOWN;
    private volatile boolean closed;
    // guarded by linkLock
    private SMPPSession session;
    private int failedBinds; // bind attempts in a row that failed, a drop counting as one
    private boolean everBound;
    private boolean connectPending;
    private boolean started;
    private Thread dispatcher;

    private final ScheduledThreadPoolExecutor timer;
    private final ThreadPoolExecutor senders;
    private final MessageReceiverListener receiver = new Receiver();

    public OutboundEsme(OutboundSettings settings, OutboundListener listener) {
        this(settings, listener, TimeSource.system());
    }

    /** With a time source of one's own for the rate limit and the correlations' expiry (tests). */
    public OutboundEsme(OutboundSettings settings, OutboundListener listener, TimeSource time) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.time = Objects.requireNonNull(time, "time");
        this.bucket = settings.maxPerSecond() == 0 ? null
                : new TokenBucket(settings.maxPerSecond(), settings.maxPerSecond(), time);
        this.correlator = new Correlator(settings.correlationTtl().toNanos(), settings.earlyReceiptTtl().toNanos(),
                settings.correlationCapacity());
        this.name = "outbound-esme-" + settings.systemId() + "@" + settings.host() + ":" + settings.port();
        this.window = new Semaphore(settings.window());
        this.timer = new ScheduledThreadPoolExecutor(2, threads(name + "-link"));
        this.timer.setRemoveOnCancelPolicy(true);
        this.senders = new ThreadPoolExecutor(settings.window(), settings.window(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads(name + "-sender"));
        this.senders.allowCoreThreadTimeOut(true);
    }

    /** Connects and binds in the background, and starts sending what is queued once bound. Returns at once. */
    public void start() {
        linkLock.lock();
        try {
            if (started || closed) {
                return;
            }
            started = true;
            dispatcher = threads(name + "-dispatcher").newThread(this::dispatchLoop);
            dispatcher.start();
            timer.scheduleWithFixedDelay(() -> correlator.sweep(time.nanoTime()),
                    HOUSEKEEPING_MILLIS, HOUSEKEEPING_MILLIS, TimeUnit.MILLISECONDS);
            scheduleConnect(0);
        } finally {
            linkLock.unlock();
        }
    }

    /**
     * Queues a message. False, with nothing queued, when the queue is full, the client is closed or it
     * binds as a receiver only; {@link #offer} tells which.
     */
    public boolean send(OutboundMessage message) {
        return offer(message) == Admission.QUEUED;
    }

    /** Queues a message and tells what happened to it. */
    public Admission offer(OutboundMessage message) {
        Objects.requireNonNull(message, "message");
        if (settings.bindType() == BindType.BIND_RX) {
            return Admission.RECEIVE_ONLY;
        }
        synchronized (admission) {
            if (closed) {
                return Admission.CLOSED;
            }
            if (queued.get() >= settings.queueCapacity()) {
                return Admission.QUEUE_FULL;
            }
            queued.incrementAndGet();
            queue.addLast(new Pending(message));
        }
        return Admission.QUEUED;
    }

    public LinkState linkState() {
        return linkState;
    }

    public OutboundStats stats() {
        correlator.sweep(time.nanoTime());
        return new OutboundStats(submitted.get(), accepted.get(), failed.get(), retried.get(), receipts.get(),
                inFlight.get(), queued.get(), reconnects.get(), correlator.unmatched(), incoming.get());
    }

    /**
     * Stops sending, lets what is in flight be answered (up to the response timeout), unbinds, stops the
     * threads and fails every message still queued or waiting for a retry with {@link #STATUS_CLOSED}.
     */
    @Override
    public void close() {
        synchronized (admission) {
            if (closed) {
                return;
            }
            closed = true;
        }
        Thread dispatching;
        SMPPSession bound;
        linkLock.lock();
        try {
            dispatching = dispatcher;
            bound = session;
            session = null;
            setLinkState(LinkState.CLOSED);
        } finally {
            linkLock.unlock();
        }
        if (dispatching != null && dispatching != Thread.currentThread()) {
            dispatching.interrupt();
            joinQuietly(dispatching);
        }
        senders.shutdown();
        awaitQuietly(senders, settings.responseTimeout().toMillis() + CLOSE_GRACE_MILLIS);
        timer.shutdownNow();
        awaitQuietly(timer, settings.responseTimeout().toMillis() + CLOSE_GRACE_MILLIS); // a bind under way
        for (Pending p : retryWaiting) {
            if (retryWaiting.remove(p)) {
                queued.decrementAndGet();
                fail(p, STATUS_CLOSED, "closed while waiting to retry");
            }
        }
        if (bound != null) {
            bound.unbindAndClose();
        }
        for (Pending p = queue.pollFirst(); p != null; p = queue.pollFirst()) {
            queued.decrementAndGet();
            fail(p, STATUS_CLOSED, "closed before it was sent");
        }
        log.info("{} closed", name);
    }

    // ---- the link

    /** Schedules a connect and bind unless one is pending. Holds linkLock. */
    private void scheduleConnect(long delayNanos) {
        if (closed || connectPending) {
            return;
        }
        connectPending = true;
        try {
            timer.schedule(this::connect, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            connectPending = false;
        }
    }

    /**
     * Schedules the next bind attempt after a back-off: the n-th in a row that failed (a drop counts as the
     * first) waits about reconnectMin * 2^(n-1), capped at reconnectMax. Holds linkLock.
     */
    private void scheduleReconnect() {
        long delay = Backoff.delayNanos(settings.reconnectMin(), settings.reconnectMax(), failedBinds,
                ThreadLocalRandom.current().nextDouble());
        failedBinds++;
        log.info("{}: next bind attempt in {} ms", name, TimeUnit.NANOSECONDS.toMillis(delay));
        scheduleConnect(delay);
    }

    private void connect() {
        linkLock.lock();
        try {
            connectPending = false;
            if (closed) {
                return;
            }
            setLinkState(LinkState.CONNECTING);
        } finally {
            linkLock.unlock();
        }
        SMPPSession candidate = new SMPPSession();
        candidate.setEnquireLinkTimer((int) Math.min(Integer.MAX_VALUE, settings.enquireLinkInterval().toMillis()));
        candidate.setTransactionTimer(settings.responseTimeout().toMillis());
        candidate.setQueueCapacity(Math.max(100, 2 * settings.window() + 16));
        candidate.setMessageReceiverListener(receiver);
        candidate.addSessionStateListener(this::onSessionState);
        BindParameter bind = new BindParameter(settings.bindType(), settings.systemId(), settings.password(),
                settings.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null);
        boolean bound;
        try {
            candidate.connectAndBind(settings.host(), settings.port(), bind, settings.responseTimeout().toMillis());
            bound = true;
        } catch (IOException | RuntimeException e) {
            log.warn("{}: bind failed: {}", name, e.getMessage());
            bound = false;
        }
        boolean discard = !bound;
        linkLock.lock();
        try {
            if (closed) {
                discard = true;
            } else if (!bound || !candidate.getSessionState().isBound()) {
                discard = true;
                setLinkState(LinkState.DOWN);
                scheduleReconnect();
            } else {
                session = candidate;
                failedBinds = 0;
                if (everBound) {
                    reconnects.incrementAndGet();
                }
                everBound = true;
                log.info("{}: bound as {}", name, settings.bindType());
                setLinkState(LinkState.BOUND);
            }
        } finally {
            linkLock.unlock();
        }
        if (discard) {
            if (bound) {
                candidate.unbindAndClose();
            } else {
                candidate.close();
            }
        }
    }

    /** jSMPP's session state listener: a bound session that closes or is unbound is a dropped link. */
    private void onSessionState(SessionState newState, SessionState oldState, Session source) {
        if (newState != SessionState.CLOSED && newState != SessionState.UNBOUND) {
            return;
        }
        linkLock.lock();
        try {
            if (source != session) {
                return;
            }
            session = null;
            if (closed) {
                return;
            }
            log.warn("{}: link dropped ({} -> {})", name, oldState, newState);
            failedBinds = 0;
            setLinkState(LinkState.DOWN);
            scheduleReconnect();
        } finally {
            linkLock.unlock();
        }
    }

    /** Holds linkLock. */
    private void setLinkState(LinkState state) {
        if (linkState == state || linkState == LinkState.CLOSED) {
            return;
        }
        linkState = state;
        linkChanged.signalAll();
        try {
            listener.onLinkChange(state);
        } catch (RuntimeException e) {
            log.warn("{}: listener failed on link change to {}", name, state, e);
        }
    }

    // ---- sending

    private void dispatchLoop() {
        Pending held = null;
        try {
            while (!closed) {
                SMPPSession bound = awaitBound();
                if (bound == null) {
                    break;
                }
                if (held == null) {
                    held = queue.pollFirst(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (held == null) {
                        continue;
                    }
                }
                if (!window.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                boolean dispatched = false;
                try {
                    if (bucket != null) {
                        bucket.acquire();
                    }
                    SMPPSession current = boundSession();
                    if (current == null || closed) {
                        continue;
                    }
                    Pending next = held;
                    held = null;
                    queued.decrementAndGet();
                    inFlight.incrementAndGet();
                    senders.execute(() -> submit(current, next));
                    dispatched = true;
                } finally {
                    if (!dispatched) {
                        window.release();
                    }
                }
            }
        } catch (InterruptedException e) {
            if (!closed) {
                log.error("{}: dispatcher interrupted while open", name);
            }
        } catch (RuntimeException e) {
            log.error("{}: dispatcher failed", name, e);
        } finally {
            if (held != null) {
                queued.decrementAndGet();
                if (closed) {
                    fail(held, STATUS_CLOSED, "closed before it was sent");
                } else {
                    fail(held, STATUS_INVALID, "dispatcher stopped");
                }
            }
        }
    }

    /** Waits until the link is bound: its session, or null once closed. */
    private SMPPSession awaitBound() throws InterruptedException {
        linkLock.lock();
        try {
            while (!closed && (linkState != LinkState.BOUND || session == null)) {
                linkChanged.await();
            }
            return closed ? null : session;
        } finally {
            linkLock.unlock();
        }
    }

    private SMPPSession boundSession() {
        linkLock.lock();
        try {
            return linkState == LinkState.BOUND ? session : null;
        } finally {
            linkLock.unlock();
        }
    }

    private void submit(SMPPSession current, Pending p) {
        OutboundMessage m = p.message;
        Runnable outcome;
        try {
            submitted.incrementAndGet();
            byte[] content = m.shortMessage();
            OptionalParameter[] tlvs = new OptionalParameter[0];
            if (content.length > MAX_SHORT_MESSAGE) {
                tlvs = new OptionalParameter[] {new OptionalParameter.Message_payload(content)};
                content = new byte[0];
            }
            SubmitSmResult result = current.submitShortMessage(null,
                    TypeOfNumber.valueOf(m.sourceTon()), NumberingPlanIndicator.valueOf(m.sourceNpi()), m.source(),
                    TypeOfNumber.valueOf(m.destTon()), NumberingPlanIndicator.valueOf(m.destNpi()), m.destination(),
                    new ESMClass(m.esmClass()), (byte) 0, (byte) 0, null, null,
                    new RegisteredDelivery(m.wantReceipt() ? SMSCDeliveryReceipt.SUCCESS_FAILURE
                            : SMSCDeliveryReceipt.DEFAULT),
                    (byte) 0, new RawDataCoding(m.dataCoding()), (byte) 0, content, tlvs);
            String remoteId = result.getMessageId() == null ? "" : result.getMessageId().trim();
            outcome = () -> accept(p, remoteId);
        } catch (NegativeResponseException e) {
            int status = e.getCommandStatus();
            String reason = statusName(status);
            outcome = isTransient(status) ? () -> retryOrFail(p, status, reason)
                    : () -> fail(p, status, "refused by the remote SMSC: " + reason);
        } catch (ResponseTimeoutException e) {
            outcome = () -> retryOrFail(p, STATUS_NO_RESPONSE,
                    "no submit_sm_resp within " + settings.responseTimeout().toMillis() + " ms");
        } catch (InvalidResponseException e) {
            outcome = () -> retryOrFail(p, STATUS_NO_RESPONSE, "invalid submit_sm_resp: " + e.getMessage());
        } catch (PDUException | IllegalArgumentException e) {
            outcome = () -> fail(p, STATUS_INVALID, "cannot encode submit_sm: " + e.getMessage());
        } catch (IOException e) {
            log.info("{}: link failed under a submit_sm, message {} goes back to the queue: {}", name, m.localRef(),
                    e.getMessage());
            outcome = () -> {
                queued.incrementAndGet();
                requeueFirst(p);
            };
        } catch (RuntimeException e) {
            log.error("{}: submit_sm of message {} failed", name, m.localRef(), e);
            outcome = () -> fail(p, STATUS_INVALID, "submit failed: " + e);
        } finally {
            inFlight.decrementAndGet();
            window.release();
        }
        outcome.run();
    }

    private void accept(Pending p, String remoteId) {
        if (!p.done.compareAndSet(false, true)) {
            return;
        }
        accepted.incrementAndGet();
        long localRef = p.message.localRef();
        try {
            listener.onAccepted(localRef, remoteId);
        } catch (RuntimeException e) {
            log.warn("{}: listener failed on accepted message {}", name, localRef, e);
        }
        List<Receipt> early = correlator.accepted(remoteId, localRef, p.message.wantReceipt(), time.nanoTime());
        for (Receipt r : early) {
            receipts.incrementAndGet();
            try {
                listener.onReceipt(localRef, r.messageId(), r.state(), r.errorCode(), r.doneTimeMillis());
            } catch (RuntimeException e) {
                log.warn("{}: listener failed on receipt of message {}", name, localRef, e);
            }
        }
    }

    private void retryOrFail(Pending p, int status, String reason) {
        if (closed) {
            fail(p, STATUS_CLOSED, "closed; last attempt: " + reason);
            return;
        }
        if (p.retries >= settings.maxRetries()) {
            fail(p, status, reason + " (gave up after " + p.retries + " retries)");
            return;
        }
        long delay = Backoff.delayNanos(settings.retryDelayMin(), settings.retryDelayMax(), p.retries,
                ThreadLocalRandom.current().nextDouble());
        p.retries++;
        retried.incrementAndGet();
        queued.incrementAndGet();
        retryWaiting.add(p);
        try {
            timer.schedule(() -> {
                if (retryWaiting.remove(p)) {
                    requeueFirst(p);
                }
            }, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            if (retryWaiting.remove(p)) {
                queued.decrementAndGet();
                fail(p, STATUS_CLOSED, "closed; last attempt: " + reason);
            }
        }
    }

    /** Puts a message (already counted in {@link #queued}) back at the head of the queue, or fails it once closed. */
    private void requeueFirst(Pending p) {
        synchronized (admission) {
            if (!closed) {
                queue.addFirst(p);
                return;
            }
        }
        queued.decrementAndGet();
        fail(p, STATUS_CLOSED, "closed before it could be sent again");
    }

    private void fail(Pending p, int status, String reason) {
        if (!p.done.compareAndSet(false, true)) {
            return;
        }
        failed.incrementAndGet();
        log.debug("{}: message {} failed ({}): {}", name, p.message.localRef(), status, reason);
        try {
            listener.onFailed(p.message.localRef(), status, reason);
        } catch (RuntimeException e) {
            log.warn("{}: listener failed on failed message {}", name, p.message.localRef(), e);
        }
    }

    /** Statuses worth another try: the remote SMSC is busy or briefly unable, not refusing this message. */
    static boolean isTransient(int commandStatus) {
        return commandStatus == SMPPConstant.STAT_ESME_RTHROTTLED
                || commandStatus == SMPPConstant.STAT_ESME_RMSGQFUL
                || commandStatus == SMPPConstant.STAT_ESME_RSYSERR
                || commandStatus == SMPPConstant.STAT_ESME_RX_T_APPN
                || commandStatus == SMPPConstant.STAT_ESME_RINVBNDSTS;
    }

    static String statusName(int commandStatus) {
        String known = switch (commandStatus) {
            case SMPPConstant.STAT_ESME_RINVMSGLEN -> "ESME_RINVMSGLEN";
            case SMPPConstant.STAT_ESME_RINVCMDID -> "ESME_RINVCMDID";
            case SMPPConstant.STAT_ESME_RINVBNDSTS -> "ESME_RINVBNDSTS";
            case SMPPConstant.STAT_ESME_RSYSERR -> "ESME_RSYSERR";
            case SMPPConstant.STAT_ESME_RINVSRCADR -> "ESME_RINVSRCADR";
            case SMPPConstant.STAT_ESME_RINVDSTADR -> "ESME_RINVDSTADR";
            case SMPPConstant.STAT_ESME_RMSGQFUL -> "ESME_RMSGQFUL";
            case SMPPConstant.STAT_ESME_RINVESMCLASS -> "ESME_RINVESMCLASS";
            case SMPPConstant.STAT_ESME_RSUBMITFAIL -> "ESME_RSUBMITFAIL";
            case SMPPConstant.STAT_ESME_RTHROTTLED -> "ESME_RTHROTTLED";
            case SMPPConstant.STAT_ESME_RX_T_APPN -> "ESME_RX_T_APPN";
            case SMPPConstant.STAT_ESME_RX_P_APPN -> "ESME_RX_P_APPN";
            case SMPPConstant.STAT_ESME_RINVDCS -> "ESME_RINVDCS";
            default -> null;
        };
        String hex = String.format("0x%08X", commandStatus);
        return known == null ? "command_status " + hex : known + " (" + hex + ")";
    }

    // ---- receiving

    private final class Receiver implements MessageReceiverListener {
        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (DeliveryReceipts.isReceipt(deliverSm.getEsmClass())) {
                onReceipt(deliverSm);
            } else {
                onMobileOriginated(deliverSm);
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            log.debug("{}: alert_notification for {} ignored", name, alertNotification.getSourceAddr());
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }

    private void onReceipt(DeliverSm deliverSm) throws ProcessRequestException {
        Receipt receipt = DeliveryReceipts.parse(deliverSm, time.currentTimeMillis());
        if (receipt == null) {
            // acknowledged all the same: the remote SMSC would only send it again
            log.warn("{}: delivery receipt without a message id ignored", name);
            return;
        }
        Correlator.Match match = correlator.receipt(receipt, time.nanoTime());
        if (!match.matched()) {
            log.debug("{}: receipt for unknown id {} kept for its submit_sm_resp", name, receipt.messageId());
            return;
        }
        try {
            listener.onReceipt(match.localRef(), receipt.messageId(), receipt.state(), receipt.errorCode(),
                    receipt.doneTimeMillis());
            receipts.incrementAndGet();
        } catch (RuntimeException e) {
            log.warn("{}: listener failed on receipt of message {}; asking for it again", name, match.localRef(), e);
            if (receipt.isFinal()) {
                correlator.restore(receipt.messageId(), match.localRef(), time.nanoTime());
            }
            throw new ProcessRequestException("receipt not taken: " + e, SMPPConstant.STAT_ESME_RX_T_APPN);
        }
    }

    private void onMobileOriginated(DeliverSm deliverSm) throws ProcessRequestException {
        try {
            listener.onIncoming(deliverSm.getSourceAddr(), deliverSm.getDestAddress(), deliverSm.getDataCoding(),
                    DeliveryReceipts.content(deliverSm));
            incoming.incrementAndGet();
        } catch (RuntimeException e) {
            log.warn("{}: listener failed on a mobile-originated message; asking for it again", name, e);
            throw new ProcessRequestException("message not taken: " + e, SMPPConstant.STAT_ESME_RX_T_APPN);
        }
    }

    // ---- plumbing

    private static final class Pending {
        final OutboundMessage message;
        final AtomicBoolean done = new AtomicBoolean();
        int retries; // written by the sender thread that handles its latest attempt

        Pending(OutboundMessage message) {
            this.message = message;
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(ThreadPoolExecutor pool, long millis) {
        try {
            if (!pool.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
