package io.telesim.smpp.load;

/**
 * Which messages an {@link SmppLoadGenerator} sends, when, from whom and to whom. Messages are numbered from 0; the
 * writer threads of all binds take the next index from {@link #next} concurrently, so implementations are
 * thread-safe, and the addresses of a message depend on its index alone (a message answered ESME_RTHROTTLED is sent
 * again with the same addresses).
 *
 * <p>{@link LoadSettings} make the generator's own schedule (a constant rate, destinations in a range, one source);
 * scenario runs give theirs through {@link SmppLoadGenerator#SmppLoadGenerator(LoadSettings, java.util.function.LongFunction,
 * LoadObserver)}.
 */
public interface SubmitSchedule {

    /** {@link #next} answers this when no message is left to send. */
    long DONE = -1;
    /** {@link #dueNanos} answers this for a message to send as soon as its bind's window has room. */
    long AT_ONCE = Long.MIN_VALUE;

    /** The index of the next message to send, or {@link #DONE}. */
    long next(long nowNanos);

    /** When message {@code index} is due ({@link System#nanoTime()}), or {@link #AT_ONCE}; latency is measured from it. */
    long dueNanos(long index);

    /** True once every message has been handed out, or the time is up. */
    boolean exhausted(long nowNanos);

    /** The source_addr of message {@code index}: digits for a number (sent as international), else a name. */
    String sourceAddress(long index);

    /** The destination_addr of message {@code index}, as international digits. */
    String destinationAddress(long index);
}
