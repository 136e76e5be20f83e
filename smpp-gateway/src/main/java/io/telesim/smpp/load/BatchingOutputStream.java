package io.telesim.smpp.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A bind's socket output, shared by its writer and reader threads. jSMPP's {@code PDUSender} writes each PDU with
 * one {@code write} and then flushes; here the flush waits for {@link #push}, which a thread calls when it is about
 * to wait, so PDUs written back to back leave in one system call instead of one each.
 */
final class BatchingOutputStream extends OutputStream {

    private final BufferedOutputStream buffer;

    BatchingOutputStream(OutputStream socket, int bufferSize) {
        this.buffer = new BufferedOutputStream(socket, bufferSize);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        buffer.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        buffer.write(bytes, offset, length);
    }

    /** Left to {@link #push}. */
    @Override
    public void flush() {
    }

    /** Sends what was written. */
    synchronized void push() throws IOException {
        buffer.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        buffer.close();
    }
}
