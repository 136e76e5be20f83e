package io.telesim.smpp.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import org.agrona.collections.Int2ObjectHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * The deliver_sm traffic to one receiving bind (RX or TRX), sent without waiting for each answer and
 * without a thread of its own: any thread queues a job, and the connection's event loop writes queued
 * deliver_sm while fewer than {@code window} are unanswered, all it can in one flush. The connection hands
 * each deliver_sm_resp back through {@link #answered}. A bind that stops answering fails its unanswered
 * messages after {@code timeoutMillis}; a closed connection fails everything queued. Failed jobs are told
 * through {@link Job#notSent}. Apart from {@link #offer}, every method runs on the event loop (single writer).
 */
final class ReceiverLink {

    /** One deliver_sm to send, and what to do with its answer. */
    interface Job {
        /** The deliver_sm's bytes under {@code sequence}. */
        byte[] pdu(int sequence) throws Exception;

        /** The deliver_sm_resp's command_status; called on the connection's event loop. */
        void answered(int status);

        void notSent(Exception why);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReceiverLink.class);

    private record Sent(Job job, long nanos) {
    }

    private final Channel channel;
    private final IntSupplier sequences;
    private final int window;
    private final long timeoutNanos;
    private final Queue<Job> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drainAndFlush = () -> {
        drainScheduled.set(false);
        drain(true);
    };
    private final Int2ObjectHashMap<Sent> unanswered = new Int2ObjectHashMap<>();
    private volatile boolean started;
    private volatile boolean closed;
    private ScheduledFuture<?> expiry;

    /** @param sequences the connection's sequence numbers (event loop only) */
    ReceiverLink(Channel channel, IntSupplier sequences, int window, long timeoutMillis) {
        this.channel = channel;
        this.sequences = sequences;
        this.window = window;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    }

    /** Starts writing: call once the bind_resp is on the wire. */
    void start() {
        started = true;
        expiry = channel.eventLoop().scheduleAtFixedRate(this::expire, 1, 1, TimeUnit.SECONDS);
        wake();
    }

    /** Queues a deliver_sm; false when the link is closed (the caller keeps the job). Any thread. */
    boolean offer(Job job) {
        if (closed) {
            return false;
        }
        queue.add(job);
        if (closed) {
            failQueued(new IOException("the bind closed"));
            return true;
        }
        wake();
        return true;
    }

    /** True when {@code sequence} is one of our deliver_sm still waiting for its answer. */
    boolean awaits(int sequence) {
        return unanswered.containsKey(sequence);
    }

    /** A deliver_sm_resp (or generic_nack) for one of ours arrived; what it frees is written with the connection's next flush. */
    void answered(int sequence, int status) {
        Sent sent = unanswered.remove(sequence);
        if (sent == null) {
            LOG.debug("a deliver_sm_resp for sequence {} that is no longer awaited", sequence);
            return;
        }
        sent.job().answered(status);
        drain(false);
    }

    private void wake() {
        if (started && !queue.isEmpty() && drainScheduled.compareAndSet(false, true)) {
            try {
                channel.eventLoop().execute(drainAndFlush);
            } catch (RejectedExecutionException e) {
                drainScheduled.set(false);
                failQueued(new IOException("the SMSC is stopping"));
            }
        }
    }

    /** Writes queued deliver_sm while the window has room; flushes them when asked to. */
    private void drain(boolean flush) {
        int written = 0;
        while (!closed && unanswered.size() < window) {
            Job job = queue.poll();
            if (job == null) {
                break;
            }
            written += write(job) ? 1 : 0;
        }
        if (written > 0 && flush) {
            channel.flush();
        }
    }

    private boolean write(Job job) {
        int sequence = sequences.getAsInt();
        byte[] pdu;
        try {
            pdu = job.pdu(sequence);
        } catch (Exception e) {
            job.notSent(e);
            return false;
        }
        unanswered.put(sequence, new Sent(job, System.nanoTime()));
        channel.write(Unpooled.wrappedBuffer(pdu), channel.voidPromise());
        return true;
    }

    /** Fails the deliver_sm unanswered for longer than the timeout; runs every second. */
    private void expire() {
        long now = System.nanoTime();
        List<Integer> late = new ArrayList<>();
        unanswered.forEach((sequence, sent) -> {
            if (now - sent.nanos() > timeoutNanos) {
                late.add(sequence);
            }
        });
        for (int sequence : late) {
            unanswered.remove(sequence).job().notSent(new IOException("no deliver_sm_resp in " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms"));
        }
        if (!late.isEmpty()) {
            drain(true);
        }
    }

    /** Closes the link (on the event loop): everything queued or unanswered is failed through {@link Job#notSent}. */
    void close() {
        closed = true;
        if (expiry != null) {
            expiry.cancel(false);
        }
        failQueued(new IOException("the bind closed"));
        List<Sent> left = new ArrayList<>(unanswered.values());
        unanswered.clear();
        for (Sent sent : left) {
            sent.job().notSent(new IOException("the bind closed before answering"));
        }
    }

    private void failQueued(Exception why) {
        Job job;
        while ((job = queue.poll()) != null) {
            job.notSent(why);
        }
    }
}
