package io.telesim.smpp.load;

import java.time.Duration;
import java.util.Objects;

/**
 * What the {@link SmppLoadGenerator} does: {@code binds} connections to the SMSC at {@code host:port}, each with at
 * most {@code window} {@code submit_sm} awaiting their response; {@code messages} messages in all, or for
 * {@code duration} (whichever ends first; zero means no limit of that kind), at {@code ratePerSecond} in all binds
 * together (0: as fast as the windows allow). Message {@code i} goes to {@code firstDestination + i % subscribers}
 * from {@code sourceAddress}. With {@code receipts}, every message asks for an SMSC delivery receipt, which needs
 * transceiver binds; the generator then waits up to {@code drainTimeout} after the last submit for the responses and
 * receipts still due.
 *
 * <p>Start from {@link #of} and change what differs with the {@code with} methods.
 */
public record LoadSettings(
        String host,
        int port,
        String systemId,
        String password,
        BindMode bindMode,
        int binds,
        int window,
        int ratePerSecond,
        long messages,
        Duration duration,
        long firstDestination,
        int subscribers,
        String sourceAddress,
        boolean receipts,
        Duration drainTimeout) {

    public LoadSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(bindMode, "bindMode");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        require(port > 0 && port < 65_536, "port must be 1..65535, not " + port);
        require(binds > 0, "binds must be at least 1, not " + binds);
        require(window > 0 && window <= 65_536, "window must be 1..65536, not " + window);
        require(ratePerSecond >= 0, "ratePerSecond must be 0 (unlimited) or more, not " + ratePerSecond);
        require(messages >= 0, "messages must be 0 (unlimited) or more, not " + messages);
        require(!duration.isNegative(), "duration must not be negative");
        require(messages > 0 || !duration.isZero(), "give a message count, a duration or both");
        require(firstDestination > 0, "firstDestination must be a positive number, not " + firstDestination);
        require(sourceAddress.length() <= 20, "sourceAddress must be at most 20 characters: " + sourceAddress);
        require(Long.toString(firstDestination + subscribers - 1).length() <= 20, "destination numbers must be at most 20 digits");
        require(subscribers > 0, "subscribers must be at least 1, not " + subscribers);
        require(!receipts || bindMode == BindMode.TRANSCEIVER, "receipts need transceiver binds: a transmitter bind receives no deliver_sm");
    }

    /**
     * Four transceiver binds with a window of 64, as fast as they go, 1,000,000 messages to 1,000,000 numbers from
     * 79160000000, from "Telesim", receipts off, 30 s to drain.
     */
    public static LoadSettings of(String host, int port, String systemId, String password) {
        return new LoadSettings(host, port, systemId, password, BindMode.TRANSCEIVER, 4, 64, 0, 1_000_000, Duration.ZERO,
                79_160_000_000L, 1_000_000, "Telesim", false, Duration.ofSeconds(30));
    }

    public LoadSettings withBinds(BindMode bindMode, int binds) {
        return new LoadSettings(host, port, systemId, password, bindMode, binds, window, ratePerSecond, messages, duration,
                firstDestination, subscribers, sourceAddress, receipts, drainTimeout);
    }

    public LoadSettings withWindow(int window) {
        return new LoadSettings(host, port, systemId, password, bindMode, binds, window, ratePerSecond, messages, duration,
                firstDestination, subscribers, sourceAddress, receipts, drainTimeout);
    }

    public LoadSettings withRate(int ratePerSecond) {
        return new LoadSettings(host, port, systemId, password, bindMode, binds, window, ratePerSecond, messages, duration,
                firstDestination, subscribers, sourceAddress, receipts, drainTimeout);
    }

    /** Stops after {@code messages} messages or after {@code duration}, whichever comes first; 0 or ZERO: no such limit. */
    public LoadSettings withLimits(long messages, Duration duration) {
        return new LoadSettings(host, port, systemId, password, bindMode, binds, window, ratePerSecond, messages, duration,
                firstDestination, subscribers, sourceAddress, receipts, drainTimeout);
    }

    public LoadSettings withDestinations(long firstDestination, int subscribers) {
        return new LoadSettings(host, port, systemId, password, bindMode, binds, window, ratePerSecond, messages, duration,
                firstDestination, subscribers, sourceAddress, receipts, drainTimeout);
    }

    public LoadSettings withSourceAddress(String sourceAddress) {
        return new LoadSettings(host, port, systemId, password, bindMode, binds, window, ratePerSecond, messages, duration,
                firstDestination, subscribers, sourceAddress, receipts, drainTimeout);
    }

    public LoadSettings withReceipts(boolean receipts) {
        return new LoadSettings(host, port, systemId, password, bindMode, binds, window, ratePerSecond, messages, duration,
                firstDestination, subscribers, sourceAddress, receipts, drainTimeout);
    }

    public LoadSettings withDrainTimeout(Duration drainTimeout) {
        return new LoadSettings(host, port, systemId, password, bindMode, binds, window, ratePerSecond, messages, duration,
                firstDestination, subscribers, sourceAddress, receipts, drainTimeout);
    }

    /** The destination number of message {@code index}. */
    long destination(long index) {
        return firstDestination + index % subscribers;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
