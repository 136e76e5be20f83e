package io.telesim.smpp.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.DefaultPDUSender;
import org.jsmpp.PDUSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deliver_sm traffic to one receiving bind (RX or TRX), sent without waiting for each answer: a
 * writer thread of its own writes deliver_sm while fewer than {@code window} are unanswered, and the
 * session's reader hands each deliver_sm_resp back through {@link #answered}. jSMPP's own
 * {@code deliverShortMessage} holds a thread per message until its answer comes; at tens of thousands
 * of receipts a second on two cores those threads and their hand-offs were the SMS centre's largest
 * cost (BENCHMARKS.md). Our sequence numbers start at {@link #FIRST_SEQUENCE}, far above the ones
 * jSMPP numbers its own requests (enquire_link, unbind) with, so the reader can tell the answers apart.
 * A bind that stops answering fails its unanswered messages after {@code timeoutMillis}; a dead socket
 * fails everything queued. Failed jobs are told through {@link Job#notSent}.
 */
final class ReceiverLink {

    /** One deliver_sm to send, and what to do with its answer. */
    interface Job {
        void write(PDUSender sender, OutputStream out, int sequence) throws Exception;

        /** The deliver_sm_resp's command_status; called on the session's reader thread. */
        void answered(int status);

        void notSent(Exception why);
    }

    static final int FIRST_SEQUENCE = 0x4000_0000;
    /** The most deliver_sm written to the socket in one go. */
    private static final int BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(ReceiverLink.class);

    private record Sent(Job job, long nanos) {
    }

    private final PDUSender sender;
    private final OutputStream out;
    private final Semaphore window;
    private final long timeoutNanos;
    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Map<Integer, Sent> unanswered = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger(FIRST_SEQUENCE);
    private final Thread writer;
    private volatile boolean closed;

    /** @param out the session's socket stream; jSMPP's writes lock it, and so do ours */
    ReceiverLink(String name, OutputStream out, int window, long timeoutMillis) {
        this.sender = new DefaultPDUSender();
        this.out = out;
        this.window = new Semaphore(window);
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.writer = new Thread(this::writeLoop, "telesim-smpp-deliver-" + name);
        this.writer.setDaemon(true);
    }

    /** Starts writing: call once the bind_resp is on the wire. */
    void start() {
        writer.start();
    }

    /** Queues a deliver_sm; false when the link is closed (the caller keeps the job). */
    boolean offer(Job job) {
        if (closed) {
            return false;
        }
        queue.add(job);
        if (closed) {
            failQueued(new IOException("the bind closed"));
        }
        return true;
    }

    /** True for the sequence numbers this link gives its deliver_sm. */
    static boolean isOurs(int sequenceNumber) {
        return sequenceNumber >= FIRST_SEQUENCE;
    }

    /** A deliver_sm_resp for one of ours arrived. */
    void answered(int sequenceNumber, int status) {
        Sent sent = unanswered.remove(sequenceNumber);
        if (sent == null) {
            LOG.debug("a deliver_sm_resp for sequence {} that is no longer awaited", sequenceNumber);
            return;
        }
        window.release();
        sent.job().answered(status);
    }

    /** Fails the deliver_sm unanswered for longer than the timeout; called now and then. */
    void expire(long nowNanos) {
        for (Map.Entry<Integer, Sent> entry : unanswered.entrySet()) {
            if (nowNanos - entry.getValue().nanos() > timeoutNanos && unanswered.remove(entry.getKey(), entry.getValue())) {
                window.release();
                entry.getValue().job().notSent(new IOException("no deliver_sm_resp in " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms"));
            }
        }
    }

    /**
     * Writes what is queued, as many deliver_sm as the window allows (up to {@link #BATCH}) into one
     * buffer, then the buffer to the socket under the stream's lock, which jSMPP's own writes take too:
     * one system call for a batch instead of one per PDU.
     */
    private void writeLoop() {
        ByteArrayOutputStream batch = new ByteArrayOutputStream(BATCH * 256);
        try {
            while (!closed) {
                Job job = queue.poll(100, TimeUnit.MILLISECONDS);
                if (job == null) {
                    continue;
                }
                while (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    if (closed) {
                        job.notSent(new IOException("the bind closed"));
                        return;
                    }
                }
                int written = 0;
                while (job != null) {
                    written += encode(job, batch) ? 1 : 0;
                    job = written < BATCH && window.tryAcquire() ? takeOrRelease() : null;
                }
                if (batch.size() > 0) {
                    synchronized (out) {
                        batch.writeTo(out);
                        out.flush();
                    }
                    batch.reset();
                }
            }
        } catch (IOException e) {
            LOG.info("writing deliver_sm failed: {}", e.toString());
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            failQueued(new IOException("the bind closed"));
        }
    }

    /** The next queued job for a window place already taken, or null (the place given back) when none is queued. */
    private Job takeOrRelease() {
        Job next = queue.poll();
        if (next == null) {
            window.release();
        }
        return next;
    }

    /** Encodes one deliver_sm into the batch under a new sequence number; false (and the job told) when it cannot be. */
    private boolean encode(Job job, ByteArrayOutputStream batch) {
        int number = nextSequence();
        unanswered.put(number, new Sent(job, System.nanoTime()));
        try {
            job.write(sender, batch, number);
            return true;
        } catch (Exception e) {
            if (unanswered.remove(number) != null) {
                window.release();
                job.notSent(e);
            }
            return false;
        }
    }

    private int nextSequence() {
        return sequence.getAndUpdate(n -> n == Integer.MAX_VALUE ? FIRST_SEQUENCE : n + 1);
    }

    /** Closes the link: everything queued or unanswered is failed through {@link Job#notSent}. */
    void close() {
        closed = true;
        writer.interrupt();
        failQueued(new IOException("the bind closed"));
        for (Integer number : List.copyOf(unanswered.keySet())) {
            Sent sent = unanswered.remove(number);
            if (sent != null) {
                sent.job().notSent(new IOException("the bind closed before answering"));
            }
        }
    }

    private void failQueued(Exception why) {
        List<Job> left = new ArrayList<>();
        queue.drainTo(left);
        for (Job job : left) {
            job.notSent(why);
        }
    }
}
