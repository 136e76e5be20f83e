package io.telesim.benchmarks.ussd;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

/**
 * The baseline, "a plain Netty HTTP endpoint": the same Netty, event loop group (NIO, Netty's default of twice the
 * cores) and pipeline (HTTP codec, aggregator of 16 KiB) as {@code UssdGateway}, whose handler
 * ({@link PlainUssdHandler}) answers the handsets' paths at once with a small fixed JSON screen: no sessions, no
 * JSON parsing of the request, no engine.
 */
final class PlainHttpEndpoint implements UssdTarget {

    static final String SESSION_ID = "plain-endpoint";
    static final String SCREEN = "Plain endpoint\n1 One\n2 Two";
    private static final int MAX_REQUEST_BYTES = 16 * 1024;

    private final EventLoopGroup group;
    private final Channel server;

    private PlainHttpEndpoint(EventLoopGroup group, Channel server) {
        this.group = group;
        this.server = server;
    }

    /** Listens on a free port of 127.0.0.1. */
    static PlainHttpEndpoint start() {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        PlainUssdHandler handler = new PlainUssdHandler(SESSION_ID, SCREEN);
        Channel server = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(MAX_REQUEST_BYTES), handler);
                    }
                })
                .bind("127.0.0.1", 0)
                .syncUninterruptibly()
                .channel();
        return new PlainHttpEndpoint(group, server);
    }

    @Override
    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public SessionScript script() {
        String first = SCREEN.substring(0, SCREEN.indexOf('\n'));
        return new SessionScript(SessionScript.bonusPointsAndBack().code(), SessionScript.bonusPointsAndBack().inputs(),
                List.of(first, first, first));
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
