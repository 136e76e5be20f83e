package io.telesim.ussd.gateway;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.telesim.engine.handset.Handsets;
import io.telesim.ussd.route.UssdRoutes;
import io.telesim.ussd.session.UssdSessions;

/**
 * The USSD gateway: the handsets' HTTP/JSON protocol and WebSockets on Netty, in front of the session
 * table. Started by {@link #start}, listening when it returns, stopped by {@link #close()}.
 */
public final class UssdGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UssdGateway.class);
    private static final int MAX_REQUEST_BYTES = 16 * 1024;
    private static final long SWEEP_MILLIS = 1_000;

    private final EventLoopGroup group;
    private final Channel server;
    private final UssdSessions sessions;
    private final HandsetSockets sockets;

    private UssdGateway(EventLoopGroup group, Channel server, UssdSessions sessions, HandsetSockets sockets) {
        this.group = group;
        this.server = server;
        this.sessions = sessions;
        this.sockets = sockets;
    }

    /** Starts a gateway on the machine's monotonic clock that accepts any SIM card a handset names. */
    public static UssdGateway start(UssdSettings settings, UssdRoutes routes, Handsets handsets) {
        return start(settings, routes, handsets, SimCheck.ANY);
    }

    /** Starts a gateway on the machine's monotonic clock that refuses handsets naming a SIM card {@code sims} does not know. */
    public static UssdGateway start(UssdSettings settings, UssdRoutes routes, Handsets handsets, SimCheck sims) {
        return start(settings, routes, handsets, () -> System.nanoTime() / 1_000_000, sims);
    }

    /** Starts a gateway whose session timeouts read {@code clockMillis}, accepting any SIM card. */
    public static UssdGateway start(UssdSettings settings, UssdRoutes routes, Handsets handsets, LongSupplier clockMillis) {
        return start(settings, routes, handsets, clockMillis, SimCheck.ANY);
    }

    /**
     * Starts a gateway whose session timeouts read {@code clockMillis} and that checks the SIM cards handsets name
     * with {@code sims}.
     *
     * @throws io.netty.channel.ChannelException or another exception of the bind when the port is taken
     */
    public static UssdGateway start(UssdSettings settings, UssdRoutes routes, Handsets handsets, LongSupplier clockMillis,
                                    SimCheck sims) {
        ObjectMapper json = new ObjectMapper();
        UssdSessions sessions = new UssdSessions(routes, settings.sessionLimits(), clockMillis);
        HandsetSockets sockets = new HandsetSockets(handsets, json);
        UssdHttpHandler http = new UssdHttpHandler(sessions, handsets, sockets, sims, json);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(MAX_REQUEST_BYTES), http);
                        }
                    })
                    .bind(settings.host(), settings.port())
                    .syncUninterruptibly()
                    .channel();
            group.scheduleAtFixedRate(() -> sweep(sessions), SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
            LOG.info("USSD gateway listening on {}", server.localAddress());
            return new UssdGateway(group, server, sessions, sockets);
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    /** The port it listens on. */
    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** The session table, for those that watch it. */
    public UssdSessions sessions() {
        return sessions;
    }

    /**
     * A network-initiated USSD notification (USSN): shows {@code text} on the open WebSockets of
     * {@code msisdn}. Returns how many sockets it went to, 0 when the handset has none open.
     */
    public int push(long msisdn, String text) {
        return sockets.push(msisdn, text);
    }

    /** Stops listening, ends the open sessions and closes every connection. */
    @Override
    public void close() {
        server.close().syncUninterruptibly();
        sessions.endAll();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** A failing sweep must not cancel the timer. */
    private static void sweep(UssdSessions sessions) {
        try {
            sessions.sweep();
        } catch (RuntimeException e) {
            LOG.error("USSD session sweep failed", e);
        }
    }
}
