package io.telesim.benchmarks.smpp;

import java.io.IOException;

/**
 * An SMSC that {@link SmppThroughputRun} loads: already listening on 127.0.0.1 at {@link #port()}, accepting binds
 * with {@link #systemId()} and {@link #password()}. Closing it stops it.
 */
public interface BenchmarkSmsc extends AutoCloseable {

    int port();

    default String systemId() {
        return "bench";
    }

    default String password() {
        return "bench";
    }

    @Override
    void close() throws IOException;
}
