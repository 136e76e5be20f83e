package io.telesim.benchmarks.smpp;

import java.io.IOException;

import io.telesim.smpp.load.LoopbackSmppServer;

/**
 * The baseline SMSC: a jSMPP server ({@link LoopbackSmppServer}, an {@code SMPPServerSessionListener} on 127.0.0.1)
 * that accepts any bind and acknowledges every {@code submit_sm} with a fresh message id ({@link Acknowledger}); with
 * receipts on, it also sends one receipt {@code deliver_sm} per message that asks for one, after its response
 * ({@link ReceiptSender}). Nothing else: what the generator and jSMPP's server can do on this machine, for
 * Telesim's SMSC to be compared against.
 *
 * <p>jSMPP's server reads each session on one thread and hands every PDU to a pool of {@link #PDU_PROCESSORS}
 * threads per session through a queue of {@link #QUEUE_CAPACITY}; when the queue is full it answers requests
 * ESME_RTHROTTLED. One processor per session: acknowledging is cheap, so more threads per session would only compete
 * for the two cores with the generator and the other sessions, and one keeps each session's responses in order. The
 * queue holds well over a generator window (64 by default) plus the {@code deliver_sm_resp} of the receipts in
 * flight, so it never throttles a generator that keeps to its window.
 */
public final class AckOnlySmsc implements BenchmarkSmsc {

    static final int PDU_PROCESSORS = 1;
    static final int QUEUE_CAPACITY = 4_096;

    private final ReceiptSender receipts;
    private final LoopbackSmppServer server;

    private AckOnlySmsc(boolean receipts) throws IOException {
        this.receipts = receipts ? new ReceiptSender() : null;
        this.server = new LoopbackSmppServer(null, new Acknowledger(this.receipts), this.receipts, PDU_PROCESSORS, QUEUE_CAPACITY);
    }

    /** Listens on a free port of 127.0.0.1; with {@code receipts}, sends a receipt for each message that asks. */
    public static AckOnlySmsc start(boolean receipts) throws IOException {
        return new AckOnlySmsc(receipts);
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (receipts != null) {
            receipts.close();
        }
    }
}
