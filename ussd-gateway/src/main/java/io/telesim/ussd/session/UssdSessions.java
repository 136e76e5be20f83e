package io.telesim.ussd.session;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.ussd.app.UssdCode;
import io.telesim.ussd.app.UssdDialog;
import io.telesim.ussd.app.UssdEnd;
import io.telesim.ussd.app.UssdRequest;
import io.telesim.ussd.app.UssdService;
import io.telesim.ussd.route.UssdRoutes;

/**
 * The open USSD sessions: one per number at a time, at most {@link SessionLimits#maxSessions()} of them,
 * each ended by its service, its user or a timeout. Time is the injected clock (milliseconds);
 * {@link #sweep()} ends the sessions whose time is up and is called on a timer. Thread-safe: dials,
 * replies and sweeps come from any thread, and no call waits for a service.
 */
public final class UssdSessions {

    static final String NUMBER_BUSY = "You have a USSD request open already: finish it first";
    static final String TOO_MANY_DIALS = "Too many USSD requests from your number, try again in a minute";
    static final String HUNG_UP = "Session ended";
    static final String TIMED_OUT = "Session timed out";
    static final String STOPPED = "The service has stopped, try later";

    private static final Logger LOG = LoggerFactory.getLogger(UssdSessions.class);

    private final UssdRoutes routes;
    private final SessionLimits limits;
    private final LongSupplier clock;
    private final DialRateLimit dialRate;
    private final Map<String, UssdSession> byId = new ConcurrentHashMap<>();
    private final Map<Long, String> idByNumber = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final LongAdder dials = new LongAdder();

    /** @param clock milliseconds, any origin: only differences are read */
    public UssdSessions(UssdRoutes routes, SessionLimits limits, LongSupplier clock) {
        this.routes = routes;
        this.limits = limits;
        this.clock = clock;
        this.dialRate = new DialRateLimit(limits.dialsPerMinute());
    }

    /** {@code msisdn} dialled {@code dialled}: the first screen, or a last one saying why there is none. */
    public CompletionStage<UssdAnswer> dial(long msisdn, String dialled) {
        dials.increment();
        String id = UUID.randomUUID().toString();
        if (!dialRate.tryDial(msisdn, now())) {
            return ended(id, TOO_MANY_DIALS);
        }
        UssdCode code;
        try {
            code = UssdCode.parse(dialled);
        } catch (IllegalArgumentException e) {
            return ended(id, e.getMessage());
        }
        Optional<UssdService> service = routes.find(code);
        if (service.isEmpty()) {
            return ended(id, "Unknown code " + code.text());
        }
        if (idByNumber.putIfAbsent(msisdn, id) != null) {
            return ended(id, NUMBER_BUSY);
        }
        if (open.incrementAndGet() > limits.maxSessions()) {
            release(msisdn, id);
            return ended(id, UssdSession.SERVICE_BUSY);
        }
        UssdDialog dialog;
        try {
            dialog = service.get().open(new UssdRequest(id, msisdn, code));
        } catch (RuntimeException e) {
            LOG.warn("USSD {} from {}: the service failed to open a dialog", code.text(), msisdn, e);
            release(msisdn, id);
            return ended(id, UssdSession.SERVICE_UNAVAILABLE);
        }
        UssdSession session = new UssdSession(id, msisdn, code.text(), dialog, this, now());
        byId.put(id, session);
        return session.start();
    }

    /** The user's {@code input} in session {@code sessionId}; empty when no such session is open. */
    public Optional<CompletionStage<UssdAnswer>> reply(String sessionId, String input) {
        UssdSession session = byId.get(sessionId);
        return session == null ? Optional.empty() : Optional.ofNullable(session.reply(input, now()));
    }

    /** The user hung up; false when no such session was open. */
    public boolean hangUp(String sessionId) {
        UssdSession session = byId.get(sessionId);
        return session != null && session.end(UssdEnd.USER, HUNG_UP);
    }

    /** Ends the sessions whose screen or session time is up; returns how many. */
    public int sweep() {
        long now = now();
        dialRate.sweep(now);
        int ended = 0;
        for (UssdSession session : byId.values()) {
            UssdEnd timeout = session.timeoutAt(now, limits);
            if (timeout != null && session.end(timeout, TIMED_OUT)) {
                ended++;
            }
        }
        return ended;
    }

    /** Ends every open session, as when the gateway stops. */
    public void endAll() {
        for (UssdSession session : byId.values()) {
            session.end(UssdEnd.ERROR, STOPPED);
        }
    }

    /** How many sessions are open. */
    public int openSessions() {
        return open.get();
    }

    /** Codes dialled since start, whether or not a session opened for them. */
    public long dials() {
        return dials.sum();
    }

    long now() {
        return clock.getAsLong();
    }

    /** Called once by a session when it ends. */
    void forget(UssdSession session) {
        byId.remove(session.id);
        release(session.msisdn, session.id);
    }

    private void release(long msisdn, String id) {
        idByNumber.remove(msisdn, id);
        open.decrementAndGet();
    }

    private static CompletionStage<UssdAnswer> ended(String id, String text) {
        return CompletableFuture.completedFuture(new UssdAnswer(id, text, true));
    }
}
