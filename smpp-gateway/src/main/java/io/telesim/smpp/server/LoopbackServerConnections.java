package io.telesim.smpp.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * jSMPP's server sockets, bound to one address (jSMPP's own factory binds every interface), telling the
 * port actually bound (so port 0 can pick a free one), with TCP_NODELAY on every accepted connection.
 */
public final class LoopbackServerConnections implements ServerConnectionFactory {

    private static final int BACKLOG = 50;

    private final InetAddress address;
    private volatile int boundPort;

    public LoopbackServerConnections(String host) throws IOException {
        this.address = InetAddress.getByName(host);
    }

    /** The port the last {@link #listen} bound. */
    public int boundPort() {
        return boundPort;
    }

    @Override
    public ServerConnection listen(int port) throws IOException {
        return listen(port, 0, BACKLOG);
    }

    @Override
    public ServerConnection listen(int port, int timeout) throws IOException {
        return listen(port, timeout, BACKLOG);
    }

    @Override
    public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
        ServerSocket socket = new ServerSocket(port, backlog, address);
        try {
            socket.setSoTimeout(timeout);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        boundPort = socket.getLocalPort();
        return new NoDelayConnections(socket);
    }

    /** Accepted sockets with TCP_NODELAY: SMPP is small PDUs answered at once, which Nagle's algorithm would hold back. */
    private static final class NoDelayConnections extends ServerSocketConnection {
        private final ServerSocket socket;

        NoDelayConnections(ServerSocket socket) {
            super(socket);
            this.socket = socket;
        }

        @Override
        public Connection accept() throws IOException {
            Socket accepted = socket.accept();
            accepted.setTcpNoDelay(true);
            return new SocketConnection(accepted);
        }
    }
}
