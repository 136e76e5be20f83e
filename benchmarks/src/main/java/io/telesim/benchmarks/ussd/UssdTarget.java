package io.telesim.benchmarks.ussd;

/**
 * An HTTP endpoint {@link HandsetLoad} loads: listening on 127.0.0.1 at {@link #port()}, answering the handsets'
 * protocol (dial, reply, hang up) along {@link #script()}. Closing it stops it.
 */
interface UssdTarget extends AutoCloseable {

    int port();

    /** The session every handset runs against this endpoint, and the screens it must answer. */
    SessionScript script();

    /** What the endpoint counted, printed after its run; empty when it counts nothing. */
    default String stats() {
        return "";
    }

    @Override
    void close();
}
