package io.telesim.benchmarks.smpp;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;

import org.jsmpp.PDUStringException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;

import io.telesim.smpp.load.LoopbackServerConnectionFactory;

/**
 * The baseline SMSC: a jSMPP {@link SMPPServerSessionListener} on 127.0.0.1 that accepts any bind and acknowledges
 * every {@code submit_sm} with a fresh message id ({@link Acknowledger}); with receipts on, it also sends one receipt
 * {@code deliver_sm} per message that asks for one, after its response ({@link ReceiptSender}). Nothing else: what
 * the generator and jSMPP's server can do on this machine, for Telesim's SMSC to be compared against.
 *
 * <p>jSMPP's server reads each session on one thread and hands every PDU to a pool of {@link #PDU_PROCESSORS}
 * threads per session through a queue of {@link #QUEUE_CAPACITY}; when the queue is full it answers requests
 * ESME_RTHROTTLED. One processor per session: acknowledging is cheap, so more threads per session would only compete
 * for the two cores with the generator and the other sessions, and one keeps each session's responses in order. The
 * queue holds well over a generator window (64 by default) plus the {@code deliver_sm_resp} of receipts in flight, so
 * the baseline never throttles a generator that keeps to its window.
 */
public final class AckOnlySmsc implements BenchmarkSmsc {

    static final int PDU_PROCESSORS = 1;
    static final int QUEUE_CAPACITY = 4_096;
    private static final long BIND_TIMEOUT_MILLIS = 10_000;

    private final LoopbackServerConnectionFactory connections = new LoopbackServerConnectionFactory();
    private final SMPPServerSessionListener listener;
    private final ReceiptSender receipts;
    private final ExecutorService binder = Executors.newCachedThreadPool(daemon("ack-only-bind"));
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private AckOnlySmsc(boolean receipts) throws IOException {
        this.receipts = receipts ? new ReceiptSender() : null;
        this.listener = new SMPPServerSessionListener(0, connections);
        listener.setPduProcessorDegree(PDU_PROCESSORS);
        listener.setQueueCapacity(QUEUE_CAPACITY);
        listener.setMessageReceiverListener(new Acknowledger(this.receipts));
        if (this.receipts != null) {
            listener.setResponseDeliveryListener(this.receipts);
        }
        this.acceptor = daemon("ack-only-accept").newThread(this::acceptSessions);
        acceptor.start();
    }

    /** Listens on a free port of 127.0.0.1; with {@code receipts}, sends a receipt for each message that asks. */
    public static AckOnlySmsc start(boolean receipts) throws IOException {
        return new AckOnlySmsc(receipts);
    }

    @Override
    public int port() {
        return connections.boundPort();
    }

    private void acceptSessions() {
        try {
            while (true) {
                SMPPServerSession session = listener.accept();
                sessions.add(session);
                binder.execute(() -> bind(session));
            }
        } catch (IOException e) {
            // closed
        }
    }

    private static void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(BIND_TIMEOUT_MILLIS);
            request.accept("ack-only");
        } catch (TimeoutException | IOException | PDUStringException e) {
            session.close();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sessions.forEach(SMPPServerSession::close);
        binder.shutdownNow();
        if (receipts != null) {
            receipts.close();
        }
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
