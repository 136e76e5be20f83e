package io.telesim.smpp.server;

import java.io.IOException;
import java.net.SocketException;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsmpp.PDUSender;
import org.jsmpp.SMPPConstant;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SessionStateListener;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ServerConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.smpp.centre.SmsCentre;

/**
 * The SMPP 3.4 server ESMEs bind to (jSMPP underneath): accepts connections on 127.0.0.1 by default,
 * decides binds, hands each bound session's PDUs to {@link SmppRequests} and carries deliver_sm back
 * through {@link EsmeSessions}. One connection's troubles (bad bind, broken framing, a dead socket) end
 * that connection only.
 */
public final class Smsc implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Smsc.class);
    private static final long REFUSED_CLOSE_DELAY_SECONDS = 2;
    /** PDUs a session may have waiting for its processor threads. */
    private static final int PDU_QUEUE = 1_000;
    /** How long an ESME may take to answer a deliver_sm before it counts as not delivered. */
    private static final long ANSWER_TIMEOUT_MILLIS = 30_000;

    private final SmscSettings settings;
    private final SmsCentre centre;
    private final BindGate gate;
    private final EsmeSessions sessions;
    private final SmppRequests requests;
    private final ServerConnection server;
    private final LoopbackServerConnections connections;
    private final SessionStateListener stateListener;
    private final ExecutorService binders;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(named("telesim-smpp-close"));
    private final Thread acceptor;
    private volatile boolean running = true;

    private Smsc(SmscSettings settings, SmsCentre centre, ZoneOffset zone) throws IOException {
        this.settings = settings;
        this.centre = centre;
        Map<String, EsmeAccount> accounts = settings.accounts().stream().collect(Collectors.toMap(EsmeAccount::systemId, Function.identity()));
        this.gate = new BindGate(accounts, settings.freeBindFailures(), settings.maxBindDelay(), System::nanoTime);
        this.binders = Executors.newCachedThreadPool(named("telesim-smpp-bind"));
        this.sessions = new EsmeSessions(settings.receiptWindow(), ANSWER_TIMEOUT_MILLIS, zone);
        closer.scheduleWithFixedDelay(sessions::expireUnanswered, 1, 1, TimeUnit.SECONDS);
        this.requests = new SmppRequests(centre, sessions);
        this.connections = new LoopbackServerConnections(settings.host());
        this.server = connections.listen(settings.port());
        this.stateListener = (newState, oldState, source) -> {
            if (newState == SessionState.CLOSED && source instanceof SMPPServerSession session) {
                sessions.unregister(session);
            }
        };
        this.acceptor = new Thread(this::acceptLoop, "telesim-smpp-accept");
        this.acceptor.setDaemon(true);
    }

    /**
     * Starts the SMSC on {@code settings.host():settings.port()} in front of {@code centre}, and starts the
     * centre's delivery.
     *
     * @param zone the time zone of the dates in delivery receipts (the operator's)
     */
    public static Smsc start(SmscSettings settings, SmsCentre centre, ZoneOffset zone) throws IOException {
        Smsc smsc = new Smsc(settings, centre, zone);
        centre.connectEsmes(smsc.sessions);
        centre.start();
        smsc.acceptor.start();
        LOG.info("SMSC listening on {}:{} for {} ESME accounts", settings.host(), smsc.port(), settings.accounts().size());
        return smsc;
    }

    public int port() {
        return connections.boundPort();
    }

    public SmsCentre centre() {
        return centre;
    }

    /** Sessions bound now. */
    public int boundSessions() {
        return sessions.boundSessions();
    }

    private void acceptLoop() {
        while (running) {
            try {
                Connection connection = server.accept();
                connection.setSoTimeout((int) settings.bindTimeout().toMillis());
                PDUSender sender = new SynchronizedPDUSender(new DataSmRespHook(requests::onDataSmRespSent));
                SessionWire wire = new SessionWire(connection.getOutputStream(),
                        new GuardedPduReader(sender, connection.getOutputStream()));
                SMPPServerSession session = new SMPPServerSession(connection, stateListener, requests, requests, settings.processorThreads(),
                        PDU_QUEUE, sender, wire.reader());
                session.setEnquireLinkTimer((int) settings.idleTimeout().toMillis());
                binders.execute(() -> bind(session, wire));
            } catch (SocketException e) {
                if (running) {
                    LOG.warn("the SMPP listener failed", e);
                }
                return;
            } catch (IOException e) {
                if (running) {
                    LOG.warn("accepting an SMPP connection failed", e);
                }
            }
        }
    }

    private void bind(SMPPServerSession session, SessionWire wire) {
        try {
            BindRequest request = session.waitForBind(settings.bindTimeout().toMillis());
            BindGate.Decision decision = gate.check(request.getSystemId(), request.getPassword(), request.getBindType());
            if (decision.refusal() != null) {
                refuse(session, request, decision.refusal());
                return;
            }
            EsmeAccount account = decision.account();
            if (!sessions.reserveBind(account)) {
                refuse(session, request, new BindGate.Refusal(SMPPConstant.STAT_ESME_RALYBND,
                        account.systemId() + " already holds its " + account.maxBinds() + " binds", 0));
                return;
            }
            BoundEsme bound = sessions.register(session, account, request.getBindType(), wire);
            request.accept("Telesim", InterfaceVersion.IF_34);
            sessions.activate(bound);
            LOG.info("{} bound {} from {}", account.systemId(), request.getBindType(), session.getInetAddress());
        } catch (TimeoutException e) {
            LOG.info("a connection from {} sent no bind in {}", session.getInetAddress(), settings.bindTimeout());
            session.close();
        } catch (Exception e) {
            LOG.info("a bind from {} failed: {}", session.getInetAddress(), e.toString());
            session.close();
        }
    }

    /**
     * Answers a refused bind and closes the connection a little later: closing at once could reset it
     * before the client has read its bind_resp. A client normally closes first.
     */
    private void refuse(SMPPServerSession session, BindRequest request, BindGate.Refusal refusal) throws IOException {
        LOG.info("bind of '{}' from {} refused: {}", request.getSystemId(), session.getInetAddress(), refusal.reason());
        try {
            if (refusal.delayMillis() > 0) {
                Thread.sleep(refusal.delayMillis());
            }
            request.reject(refusal.status());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closer.schedule(session::close, REFUSED_CLOSE_DELAY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing the SMPP listener", e);
        }
        binders.shutdownNow();
        sessions.closeAll();
        centre.close();
        closer.shutdownNow();
        try {
            acceptor.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
