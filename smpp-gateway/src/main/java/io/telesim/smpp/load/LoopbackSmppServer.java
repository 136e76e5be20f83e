package io.telesim.smpp.load;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;

import io.telesim.smpp.server.LoopbackServerConnections;

/**
 * A jSMPP {@link SMPPServerSessionListener} on a free port of 127.0.0.1, for the stand-in SMSCs that load runs and
 * tests target: it accepts connections, binds them when the password matches (any password when it is null; else
 * ESME_RINVPASWD), and leaves their PDUs to the given listeners. {@code pduProcessors} and {@code queueCapacity} are
 * jSMPP's per-session processing threads and queue (a full queue answers requests ESME_RTHROTTLED).
 */
public final class LoopbackSmppServer implements AutoCloseable {

    private static final long BIND_TIMEOUT_MILLIS = 10_000;

    private final String password;
    private final LoopbackServerConnections connections;
    private final SMPPServerSessionListener listener;
    private final ExecutorService binder = Executors.newCachedThreadPool(runnable -> daemon(runnable, "smsc-bind"));
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

    /** {@code responses} may be null. */
    public LoopbackSmppServer(String password, ServerMessageReceiverListener messages, ServerResponseDeliveryListener responses,
            int pduProcessors, int queueCapacity) throws IOException {
        this.password = password;
        this.connections = new LoopbackServerConnections("127.0.0.1");
        this.listener = new SMPPServerSessionListener(0, connections);
        listener.setPduProcessorDegree(pduProcessors);
        listener.setQueueCapacity(queueCapacity);
        listener.setMessageReceiverListener(messages);
        if (responses != null) {
            listener.setResponseDeliveryListener(responses);
        }
        daemon(this::acceptSessions, "smsc-accept").start();
    }

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
            // the listener was closed
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(BIND_TIMEOUT_MILLIS);
            if (password == null || password.equals(request.getPassword())) {
                request.accept("telesim-load");
            } else {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
        } catch (TimeoutException | IOException | PDUStringException e) {
            session.close();
        }
    }

    /** Stops listening and closes every session. */
    @Override
    public void close() throws IOException {
        listener.close();
        sessions.forEach(SMPPServerSession::close);
        binder.shutdownNow();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
