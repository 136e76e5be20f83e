package io.telesim.smpp.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * Makes a jSMPP {@code SMPPServerSessionListener} listen on 127.0.0.1 only (jSMPP's own factory listens on every
 * interface), on a free port when asked for port 0, and tells which port it got ({@link LoopbackSmppServer}).
 * Accepted connections have TCP_NODELAY set: jSMPP writes each PDU on its own, and Nagle's algorithm would hold a
 * response back until the peer acknowledged the previous one.
 */
final class LoopbackServerConnectionFactory implements ServerConnectionFactory {

    private static final int BACKLOG = 50;

    private volatile int boundPort = -1;

    @Override
    public ServerConnection listen(int port) throws IOException {
        return listen(port, 0, BACKLOG);
    }

    @Override
    public ServerConnection listen(int port, int timeoutMillis) throws IOException {
        return listen(port, timeoutMillis, BACKLOG);
    }

    @Override
    public ServerConnection listen(int port, int timeoutMillis, int backlog) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setSoTimeout(timeoutMillis);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        boundPort = socket.getLocalPort();
        return new NoDelayServerConnection(socket);
    }

    /** The port the last {@link #listen} bound; -1 before. */
    int boundPort() {
        return boundPort;
    }

    private static final class NoDelayServerConnection implements ServerConnection {
        private final ServerSocket socket;

        NoDelayServerConnection(ServerSocket socket) {
            this.socket = socket;
        }

        @Override
        public Connection accept() throws IOException {
            Socket accepted = socket.accept();
            accepted.setTcpNoDelay(true);
            return new SocketConnection(accepted);
        }

        @Override
        public void setSoTimeout(int timeoutMillis) throws IOException {
            socket.setSoTimeout(timeoutMillis);
        }

        @Override
        public int getSoTimeout() throws IOException {
            return socket.getSoTimeout();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
