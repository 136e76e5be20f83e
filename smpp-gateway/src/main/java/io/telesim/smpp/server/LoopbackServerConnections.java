package io.telesim.smpp.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;

/**
 * jSMPP's server sockets, bound to one address (jSMPP's own factory binds every interface) and telling
 * the port actually bound, so port 0 can pick a free one.
 */
final class LoopbackServerConnections implements ServerConnectionFactory {

    private static final int BACKLOG = 50;

    private final InetAddress address;
    private volatile int boundPort;

    LoopbackServerConnections(String host) throws IOException {
        this.address = InetAddress.getByName(host);
    }

    int boundPort() {
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
        socket.setSoTimeout(timeout);
        boundPort = socket.getLocalPort();
        return new ServerSocketConnection(socket);
    }
}
