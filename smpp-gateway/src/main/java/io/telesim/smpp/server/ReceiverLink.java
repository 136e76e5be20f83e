package io.telesim.smpp.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.session.SMPPServerSession;

/**
 * The deliver_sm traffic to one receiving bind (RX or TRX): jSMPP sends deliver_sm synchronously, so a
 * window of {@code window} means that many sends in flight on a shared pool; the rest waits in order.
 */
final class ReceiverLink {

    /** One deliver_sm to send; told if it could not be. */
    interface Job {
        void send(SMPPServerSession session) throws Exception;

        void notSent(Exception why);
    }

    private final SMPPServerSession session;
    private final int window;
    private final Executor pool;
    private final Queue<Job> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    ReceiverLink(SMPPServerSession session, int window, Executor pool) {
        this.session = session;
        this.window = window;
        this.pool = pool;
    }

    SMPPServerSession session() {
        return session;
    }

    /** Queues a send; false when the link is closed (the caller keeps the job). */
    boolean offer(Job job) {
        if (closed) {
            return false;
        }
        queue.add(job);
        if (closed) {
            for (Job late : close()) {
                late.notSent(new java.io.IOException("the bind closed"));
            }
            return true;
        }
        pump();
        return true;
    }

    private void pump() {
        while (!queue.isEmpty()) {
            int now = inFlight.get();
            if (now >= window || !inFlight.compareAndSet(now, now + 1)) {
                if (inFlight.get() >= window) {
                    return;
                }
                continue;
            }
            Job job = queue.poll();
            if (job == null) {
                inFlight.decrementAndGet();
                continue;
            }
            pool.execute(() -> {
                try {
                    job.send(session);
                } catch (Exception e) {
                    job.notSent(e);
                } finally {
                    inFlight.decrementAndGet();
                    pump();
                }
            });
        }
    }

    /** Closes the link and returns what it had not yet started to send. */
    List<Job> close() {
        closed = true;
        List<Job> left = new ArrayList<>();
        for (Job job = queue.poll(); job != null; job = queue.poll()) {
            left.add(job);
        }
        return left;
    }
}
