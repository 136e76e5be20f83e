package io.telesim.smpp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.telesim.smpp.centre.SmsCentre;

/**
 * The SMPP 3.4 server ESMEs bind to: Netty event loops carry the connections (127.0.0.1 by default,
 * TCP_NODELAY), jSMPP's composer and decomposer encode and decode the PDUs. Each connection is an
 * {@link EsmeConnection}; submit_sm and data_sm are answered when the engine has charged them, without a
 * thread waiting; deliver_sm go back through {@link EsmeSessions}. One connection's troubles (bad bind,
 * broken framing, a dead socket) end that connection only.
 */
public final class Smsc implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Smsc.class);
    private static final int BACKLOG = 50;
    /** How long an ESME may take to answer a deliver_sm before it counts as not delivered. */
    private static final long ANSWER_TIMEOUT_MILLIS = 30_000;
    /** Threads for the requests that wait for the engine one by one (submit_multi, replace_sm, ...), and their queue. */
    private static final int REQUEST_THREADS = 2;
    /** How long a stopping server waits for each ESME to answer its unbind. */
    private static final long UNBIND_GRACE_MILLIS = 1_000;
    private static final int REQUEST_QUEUE = 10_000;

    private final SmsCentre centre;
    private final EsmeSessions sessions;
    private final EventLoopGroup loops;
    private final ThreadPoolExecutor requestThreads;
    private final Channel listener;

    private Smsc(SmscSettings settings, SmsCentre centre, ZoneOffset zone) throws IOException {
        this.centre = centre;
        Map<String, EsmeAccount> accounts = settings.accounts().stream().collect(Collectors.toMap(EsmeAccount::systemId, Function.identity()));
        BindGate gate = new BindGate(accounts, settings.freeBindFailures(), settings.maxBindDelay(), System::nanoTime);
        this.sessions = new EsmeSessions(settings.receiptWindow(), ANSWER_TIMEOUT_MILLIS, zone);
        this.requestThreads = new ThreadPoolExecutor(REQUEST_THREADS, REQUEST_THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(REQUEST_QUEUE), named("telesim-smpp-request"));
        SmscParts parts = new SmscParts(settings, gate, sessions, new SubmitRequests(centre), new MessageRequests(centre), centre,
                requestThreads);
        this.loops = new MultiThreadIoEventLoopGroup(settings.ioThreads(), named("telesim-smpp-io"), NioIoHandler.newFactory());
        long idleMillis = settings.idleTimeout().toMillis();
        ServerBootstrap bootstrap = new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, BACKLOG)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new IdleStateHandler(idleMillis, 0, 0, TimeUnit.MILLISECONDS), new SmppFrameDecoder(),
                                new EsmeConnection(parts));
                    }
                });
        try {
            this.listener = bootstrap.bind(settings.host(), settings.port()).syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            shutDownThreads();
            throw new IOException("the SMSC cannot listen on " + settings.host() + ":" + settings.port(), e);
        }
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
        LOG.info("SMSC listening on {}:{} for {} ESME accounts", settings.host(), smsc.port(), settings.accounts().size());
        return smsc;
    }

    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    public SmsCentre centre() {
        return centre;
    }

    /** Sessions bound now. */
    public int boundSessions() {
        return sessions.boundSessions();
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
        listener.close().syncUninterruptibly();
        sessions.closeAll(UNBIND_GRACE_MILLIS);
        shutDownThreads();
        centre.close();
    }

    private void shutDownThreads() {
        requestThreads.shutdown();
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        try {
            requestThreads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
