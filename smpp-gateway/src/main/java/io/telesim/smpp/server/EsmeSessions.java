package io.telesim.smpp.server;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.jsmpp.PDUSender;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.session.SMPPServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.smpp.centre.EsmeDelivery;
import io.telesim.smpp.centre.SmsMessage;

/**
 * The ESMEs bound right now: at most {@code maxBinds} sessions per account, looked up by session for
 * incoming PDUs and by system_id for outgoing deliver_sm. Receipts for an ESME with no receiving bind
 * wait (the newest {@link #MAX_WAITING_RECEIPTS} per ESME) and go out when it binds to receive.
 */
final class EsmeSessions implements EsmeDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(EsmeSessions.class);
    static final int MAX_WAITING_RECEIPTS = 100_000;

    private final Map<String, BoundEsme> bySession = new ConcurrentHashMap<>();
    private final Map<String, List<BoundEsme>> bySystemId = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> bindCounts = new ConcurrentHashMap<>();
    private final Map<String, ArrayDeque<SmsMessage>> waitingReceipts = new ConcurrentHashMap<>();
    private final Map<String, Throttle> throttles = new ConcurrentHashMap<>();
    private final AtomicInteger roundRobin = new AtomicInteger();
    private final int window;
    private final long answerTimeoutMillis;
    private final ZoneOffset zone;

    EsmeSessions(int window, long answerTimeoutMillis, ZoneOffset zone) {
        this.window = window;
        this.answerTimeoutMillis = answerTimeoutMillis;
        this.zone = zone;
    }

    /** Takes one of the account's bind places; false when all are taken. */
    boolean reserveBind(EsmeAccount account) {
        AtomicInteger count = bindCounts.computeIfAbsent(account.systemId(), id -> new AtomicInteger());
        while (true) {
            int now = count.get();
            if (now >= account.maxBinds()) {
                return false;
            }
            if (count.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    void releaseBind(EsmeAccount account) {
        bindCounts.get(account.systemId()).decrementAndGet();
    }

    /**
     * Records a session whose bind is about to be accepted, so its first submit finds it. Nothing is
     * sent to it before {@link #activate}.
     */
    BoundEsme register(SMPPServerSession session, EsmeAccount account, BindType type, SessionWire wire) {
        Throttle throttle = throttles.computeIfAbsent(account.systemId(), id -> new Throttle(account.maxPerSecond(), System::nanoTime));
        ReceiverLink link = type == BindType.BIND_TX ? null
                : new ReceiverLink(account.systemId() + "-" + session.getSessionId(), wire.out(), window, answerTimeoutMillis);
        if (link != null) {
            wire.reader().attach(link);
        }
        BoundEsme bound = new BoundEsme(account, type, session, throttle, link);
        bySession.put(session.getSessionId(), bound);
        return bound;
    }

    /** The bind_resp is on the wire: the session may receive deliver_sm, and receipts that waited go out. */
    void activate(BoundEsme bound) {
        if (bySession.get(bound.session().getSessionId()) != bound) {
            return;
        }
        bySystemId.computeIfAbsent(bound.account().systemId(), id -> new CopyOnWriteArrayList<>()).add(bound);
        if (bound.link() != null) {
            bound.link().start();
            flushWaitingReceipts(bound.account().systemId());
        }
    }

    /** Fails the deliver_sm that receiving binds left unanswered too long; called every second. */
    void expireUnanswered() {
        long now = System.nanoTime();
        for (BoundEsme bound : bySession.values()) {
            if (bound.link() != null) {
                bound.link().expire(now);
            }
        }
    }

    /** Forgets a closed session; receipts it had not sent yet wait for the next receiving bind. */
    void unregister(SMPPServerSession session) {
        BoundEsme bound = bySession.remove(session.getSessionId());
        if (bound == null) {
            return;
        }
        bySystemId.getOrDefault(bound.account().systemId(), List.of()).remove(bound);
        releaseBind(bound.account());
        if (bound.link() != null) {
            bound.link().close();
        }
    }

    /** Unbinds and closes every session: the server is stopping. */
    void closeAll() {
        for (BoundEsme bound : List.copyOf(bySession.values())) {
            bound.session().unbindAndClose();
        }
    }

    BoundEsme of(SMPPServerSession session) {
        return bySession.get(session.getSessionId());
    }

    int boundSessions() {
        return bySession.size();
    }

    @Override
    public boolean deliver(String systemId, SmsMessage message, IntConsumer onResponse) {
        ReceiverLink link = pickReceiver(systemId);
        return link != null && link.offer(new ReceiverLink.Job() {
            @Override
            public void write(PDUSender sender, OutputStream out, int sequence) throws Exception {
                DeliverPdus.writeMessage(sender, out, sequence, message);
            }

            @Override
            public void answered(int status) {
                onResponse.accept(status);
            }

            @Override
            public void notSent(Exception why) {
                onResponse.accept(SMPPConstant.STAT_ESME_RSYSERR);
            }
        });
    }

    @Override
    public void receipt(String systemId, SmsMessage message) {
        ReceiverLink link = pickReceiver(systemId);
        if (link == null || !link.offer(receiptJob(systemId, message))) {
            keepReceipt(systemId, message);
        }
    }

    private ReceiverLink.Job receiptJob(String systemId, SmsMessage message) {
        return new ReceiverLink.Job() {
            @Override
            public void write(PDUSender sender, OutputStream out, int sequence) throws Exception {
                DeliverPdus.writeReceipt(sender, out, sequence, message, zone);
            }

            @Override
            public void answered(int status) {
                if (status != SMPPConstant.STAT_ESME_ROK) {
                    LOG.info("ESME {} refused the receipt of {} with status 0x{}", systemId, message.messageId(), Integer.toHexString(status));
                }
            }

            @Override
            public void notSent(Exception why) {
                keepReceipt(systemId, message);
            }
        };
    }

    private ReceiverLink pickReceiver(String systemId) {
        List<BoundEsme> binds = bySystemId.getOrDefault(systemId, List.of());
        int size = binds.size();
        for (int i = 0; i < size; i++) {
            BoundEsme candidate = binds.get(Math.floorMod(roundRobin.getAndIncrement(), size));
            if (candidate.receives()) {
                return candidate.link();
            }
        }
        return null;
    }

    private void keepReceipt(String systemId, SmsMessage message) {
        ArrayDeque<SmsMessage> waiting = waitingReceipts.computeIfAbsent(systemId, id -> new ArrayDeque<>());
        synchronized (waiting) {
            if (waiting.size() == MAX_WAITING_RECEIPTS) {
                SmsMessage dropped = waiting.pollFirst();
                LOG.warn("ESME {} has not bound to receive for {} receipts; the receipt of {} is dropped", systemId,
                        MAX_WAITING_RECEIPTS, dropped.messageId());
            }
            waiting.addLast(message);
        }
        if (pickReceiver(systemId) != null) {
            flushWaitingReceipts(systemId);
        }
    }

    private void flushWaitingReceipts(String systemId) {
        ArrayDeque<SmsMessage> waiting = waitingReceipts.get(systemId);
        if (waiting == null) {
            return;
        }
        while (true) {
            SmsMessage message;
            synchronized (waiting) {
                message = waiting.pollFirst();
            }
            if (message == null) {
                return;
            }
            ReceiverLink link = pickReceiver(systemId);
            if (link == null || !link.offer(receiptJob(systemId, message))) {
                synchronized (waiting) {
                    waiting.addFirst(message);
                }
                return;
            }
        }
    }
}
