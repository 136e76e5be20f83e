package io.telesim.smpp.server;

import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;

import io.telesim.smpp.centre.EsmeDelivery;
import io.telesim.smpp.centre.SmsMessage;

/**
 * The ESMEs bound right now: at most {@code maxBinds} sessions per account, looked up by system_id for
 * outgoing deliver_sm. Receipts for an ESME with no receiving bind
 * wait (the newest {@link #MAX_WAITING_RECEIPTS} per ESME) and go out when it binds to receive.
 */
final class EsmeSessions implements EsmeDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(EsmeSessions.class);
    static final int MAX_WAITING_RECEIPTS = 100_000;

    private final Set<BoundEsme> bound = ConcurrentHashMap.newKeySet();
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
     *
     * @param sequences the connection's sequence numbers, for its deliver_sm
     */
    BoundEsme register(EsmeConnection connection, Channel channel, IntSupplier sequences, EsmeAccount account, BindType type) {
        Throttle throttle = throttles.computeIfAbsent(account.systemId(), id -> new Throttle(account.maxPerSecond(), System::nanoTime));
        ReceiverLink link = type == BindType.BIND_TX ? null : new ReceiverLink(channel, sequences, window, answerTimeoutMillis);
        BoundEsme esme = new BoundEsme(account, type, connection, throttle, link);
        bound.add(esme);
        return esme;
    }

    /** The bind_resp is on the wire: the session may receive deliver_sm, and receipts that waited go out. */
    void activate(BoundEsme esme) {
        if (!bound.contains(esme)) {
            return;
        }
        bySystemId.computeIfAbsent(esme.account().systemId(), id -> new CopyOnWriteArrayList<>()).add(esme);
        if (esme.link() != null) {
            esme.link().start();
            flushWaitingReceipts(esme.account().systemId());
        }
    }

    /** Forgets a closed session (on its event loop); receipts it had not sent yet wait for the next receiving bind. */
    void unregister(BoundEsme esme) {
        if (!bound.remove(esme)) {
            return;
        }
        bySystemId.getOrDefault(esme.account().systemId(), List.of()).remove(esme);
        releaseBind(esme.account());
        if (esme.link() != null) {
            esme.link().close();
        }
    }

    /** Unbinds every ESME and waits until each answered or {@code graceMillis} passed. */
    void closeAll(long graceMillis) {
        List<ChannelFuture> closed = new ArrayList<>();
        for (BoundEsme esme : List.copyOf(bound)) {
            closed.add(esme.connection().unbindAndClose(graceMillis));
        }
        for (ChannelFuture future : closed) {
            future.awaitUninterruptibly(graceMillis + 500);
        }
    }

    int boundSessions() {
        return bound.size();
    }

    @Override
    public boolean deliver(String systemId, SmsMessage message, IntConsumer onResponse) {
        ReceiverLink link = pickReceiver(systemId);
        return link != null && link.offer(new ReceiverLink.Job() {
            @Override
            public byte[] pdu(int sequence) throws Exception {
                return DeliverPdus.message(sequence, message);
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
            public byte[] pdu(int sequence) throws Exception {
                return DeliverPdus.receipt(sequence, message, zone);
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
