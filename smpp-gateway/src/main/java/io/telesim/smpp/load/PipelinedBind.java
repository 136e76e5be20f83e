package io.telesim.smpp.load;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Recorder;
import org.jsmpp.DefaultPDUReader;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.InvalidCommandLengthException;
import org.jsmpp.PDUReader;
import org.jsmpp.PDUSender;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.Command;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;

/**
 * One ESME bind of the generator over a plain socket, with jSMPP's PDU codec: a writer thread sends
 * {@code submit_sm} while its {@link InFlightWindow} has room ({@link SubmitLoop}), a reader thread takes the
 * responses and {@code deliver_sm} and answers what needs an answer ({@link ResponseLoop}). Opening it binds
 * (synchronously); {@link #unbind} unbinds.
 */
final class PipelinedBind implements AutoCloseable {

    /** Sequence numbers of submits stay below it (see {@link InFlightWindow}). */
    static final int UNBIND_SEQUENCE = Integer.MAX_VALUE;

    private static final int BIND_SEQUENCE = 1;
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int BIND_TIMEOUT_MILLIS = 10_000;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final String name;
    private final Socket socket;
    private final DataInputStream in;
    private final BatchingOutputStream out;
    private final PDUSender sender = new DefaultPDUSender();
    private final PDUReader reader = new DefaultPDUReader();
    private final InFlightWindow window;
    private final ThrottledMessages throttled;
    private final BindTally tally = new BindTally();
    private volatile boolean unbinding;
    private Thread writerThread;
    private Thread readerThread;

    private PipelinedBind(String name, Socket socket, int window) throws IOException {
        this.name = name;
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), BUFFER_BYTES));
        this.out = new BatchingOutputStream(socket.getOutputStream(), BUFFER_BYTES);
        this.window = new InFlightWindow(window);
        this.throttled = new ThrottledMessages(window);
    }

    /** Connects and binds; throws {@link BindRefusedException} when the SMSC says no. */
    static PipelinedBind open(LoadSettings settings, int index) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), CONNECT_TIMEOUT_MILLIS);
            PipelinedBind bind = new PipelinedBind("bind " + index, socket, settings.window());
            bind.bind(settings);
            return bind;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private void bind(LoadSettings settings) throws IOException {
        BindType type = settings.bindMode().bindType();
        try {
            sender.sendBind(out, type, BIND_SEQUENCE, settings.systemId(), settings.password(), null, InterfaceVersion.IF_34,
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null);
        } catch (PDUStringException e) {
            throw new IllegalArgumentException("system_id or password does not fit a bind PDU: " + e.getMessage(), e);
        }
        out.push();
        socket.setSoTimeout(BIND_TIMEOUT_MILLIS);
        Command response;
        try {
            response = reader.readPDUHeader(in);
        } catch (InvalidCommandLengthException e) {
            throw new IOException(name + ": the SMSC answered the bind with an invalid PDU: " + e.getMessage(), e);
        }
        reader.readPDU(in, response);
        socket.setSoTimeout(0);
        if (response.getCommandId() != type.responseCommandId() && response.getCommandId() != SMPPConstant.CID_GENERIC_NACK) {
            throw new IOException(name + ": the SMSC answered the bind with command " + response.getCommandIdAsHex());
        }
        if (response.getCommandStatus() != SMPPConstant.STAT_ESME_ROK) {
            throw new BindRefusedException(settings.systemId(), response.getCommandStatus());
        }
    }

    /** Starts the writer and reader threads. */
    void start(LoadSettings settings, SubmitSchedule schedule, Recorder responseLatency, ReceiptMatcher receipts, LoadObserver observer) {
        readerThread = new Thread(new ResponseLoop(this, responseLatency, settings.receipts() ? receipts : null, observer),
                "smpp-load-reader-" + name);
        writerThread = new Thread(new SubmitLoop(this, settings, schedule, observer), "smpp-load-writer-" + name);
        readerThread.setDaemon(true);
        writerThread.setDaemon(true);
        readerThread.start();
        writerThread.start();
    }

    boolean writing() {
        return writerThread.isAlive();
    }

    /** The writer has stopped and nothing is in flight, or nothing more can come. */
    boolean drained() {
        return !writing() && (window.inFlight() == 0 || !readerThread.isAlive());
    }

    /** Sends unbind and waits up to {@code timeoutMillis} for the SMSC's answer (the reader stops on it). */
    void unbind(long timeoutMillis) throws InterruptedException {
        unbinding = true;
        if (readerThread.isAlive()) {
            try {
                sender.sendUnbind(out, UNBIND_SEQUENCE);
                out.push();
            } catch (IOException e) {
                tally.failed(name + ": sending unbind: " + e.getMessage());
            }
            readerThread.join(timeoutMillis);
        }
    }

    /** Stops both threads (closing the socket ends a blocked read) and waits for them. */
    @Override
    public void close() throws IOException {
        unbinding = true;
        try {
            socket.close();
        } finally {
            join(writerThread);
            join(readerThread);
        }
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String name() {
        return name;
    }

    DataInputStream in() {
        return in;
    }

    BatchingOutputStream out() {
        return out;
    }

    PDUSender sender() {
        return sender;
    }

    PDUReader reader() {
        return reader;
    }

    InFlightWindow window() {
        return window;
    }

    ThrottledMessages throttled() {
        return throttled;
    }

    BindTally tally() {
        return tally;
    }

    /** True once the generator unbinds or closes, so the end of the connection is expected. */
    boolean unbinding() {
        return unbinding;
    }

    /** True while the writer may send: the reader runs and the generator has not begun to unbind. */
    boolean open() {
        return !unbinding && readerThread.isAlive();
    }
}
