package io.telesim.smpp.client;

import java.time.Duration;
import java.util.Objects;

import org.jsmpp.bean.BindType;

/**
 * How an {@link OutboundEsme} reaches and uses a remote SMSC.
 *
 * @param host                 the remote SMSC's host
 * @param port                 its port
 * @param systemId             bind system_id
 * @param password             bind password
 * @param bindType             BIND_TX, BIND_RX (receives only: nothing can be sent) or BIND_TRX
 * @param systemType           bind system_type ("" for none)
 * @param window               the most submit_sm in flight at once (one sender thread each)
 * @param maxPerSecond         the most submit_sm per second (a token bucket holding one second's worth);
 *                             0 for no limit
 * @param enquireLinkInterval  idle time after which an enquire_link is sent (0: never); an unanswered one
 *                             drops the link
 * @param reconnectMin         the base of the first back-off after a drop or a failed bind (each delay is
 *                             drawn between half its base and its base)
 * @param reconnectMax         the cap of that base, which doubles with each failed bind in a row
 * @param responseTimeout      how long a bind, submit_sm or enquire_link waits for its response
 * @param maxRetries           retries of one message after transient refusals or timeouts, then it fails
 * @param queueCapacity        the most messages waiting (new ones, and ones waiting for a retry or put back
 *                             after a link failure); beyond it {@code send} refuses at once
 * @param retryDelayMin        the base of the delay before a message's first retry (jittered as above)
 * @param retryDelayMax        the cap of that base, which doubles with each retry of the message
 * @param correlationTtl       how long an accepted message's remote id is kept awaiting its final receipt
 * @param earlyReceiptTtl      how long a receipt for an id not (yet) known is kept, in case its
 *                             submit_sm_resp is still being processed
 * @param correlationCapacity  the most remote ids kept; beyond it the oldest are dropped
 */
public record OutboundSettings(String host, int port, String systemId, String password, BindType bindType,
        String systemType, int window, int maxPerSecond, Duration enquireLinkInterval,
        Duration reconnectMin, Duration reconnectMax, Duration responseTimeout,
        int maxRetries, int queueCapacity,
        Duration retryDelayMin, Duration retryDelayMax, Duration correlationTtl, Duration earlyReceiptTtl,
        int correlationCapacity) {

    public static final Duration DEFAULT_RETRY_DELAY_MIN = Duration.ofMillis(500);
    public static final Duration DEFAULT_RETRY_DELAY_MAX = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CORRELATION_TTL = Duration.ofHours(24);
    public static final Duration DEFAULT_EARLY_RECEIPT_TTL = Duration.ofSeconds(60);
    public static final int DEFAULT_CORRELATION_CAPACITY = 200_000;

    public OutboundSettings {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(systemId, "systemId");
        password = password == null ? "" : password;
        Objects.requireNonNull(bindType, "bindType");
        systemType = systemType == null ? "" : systemType;
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1: " + window);
        }
        if (maxPerSecond < 0) {
            throw new IllegalArgumentException("maxPerSecond must be 0 (no limit) or more: " + maxPerSecond);
        }
        requireNotNegative(enquireLinkInterval, "enquireLinkInterval");
        requirePositive(reconnectMin, "reconnectMin");
        requirePositive(reconnectMax, "reconnectMax");
        if (reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("reconnectMax below reconnectMin");
        }
        requirePositive(responseTimeout, "responseTimeout");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more: " + maxRetries);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be at least 1: " + queueCapacity);
        }
        requirePositive(retryDelayMin, "retryDelayMin");
        requirePositive(retryDelayMax, "retryDelayMax");
        if (retryDelayMax.compareTo(retryDelayMin) < 0) {
            throw new IllegalArgumentException("retryDelayMax below retryDelayMin");
        }
        requirePositive(correlationTtl, "correlationTtl");
        requirePositive(earlyReceiptTtl, "earlyReceiptTtl");
        if (correlationCapacity < 1) {
            throw new IllegalArgumentException("correlationCapacity must be at least 1: " + correlationCapacity);
        }
    }

    /** The settings of the API; the later ones take their defaults. */
    public OutboundSettings(String host, int port, String systemId, String password, BindType bindType,
            String systemType, int window, int maxPerSecond, Duration enquireLinkInterval,
            Duration reconnectMin, Duration reconnectMax, Duration responseTimeout,
            int maxRetries, int queueCapacity) {
        this(host, port, systemId, password, bindType, systemType, window, maxPerSecond, enquireLinkInterval,
                reconnectMin, reconnectMax, responseTimeout, maxRetries, queueCapacity,
                DEFAULT_RETRY_DELAY_MIN, DEFAULT_RETRY_DELAY_MAX, DEFAULT_CORRELATION_TTL, DEFAULT_EARLY_RECEIPT_TTL,
                DEFAULT_CORRELATION_CAPACITY);
    }

    /**
     * A transceiver bind with a window of 10, 100 messages a second, enquire_link after 30 s idle,
     * reconnects from 1 s to 60 s, 10 s response timeout, 5 retries, 10,000 queued at most.
     */
    public static OutboundSettings defaults(String host, int port, String systemId, String password) {
        return new OutboundSettings(host, port, systemId, password, BindType.BIND_TRX, "",
                10, 100, Duration.ofSeconds(30),
                Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(10),
                5, 10_000);
    }

    public OutboundSettings withBindType(BindType type) {
        return new OutboundSettings(host, port, systemId, password, type, systemType, window, maxPerSecond,
                enquireLinkInterval, reconnectMin, reconnectMax, responseTimeout, maxRetries, queueCapacity,
                retryDelayMin, retryDelayMax, correlationTtl, earlyReceiptTtl, correlationCapacity);
    }

    public OutboundSettings withWindow(int newWindow) {
        return new OutboundSettings(host, port, systemId, password, bindType, systemType, newWindow, maxPerSecond,
                enquireLinkInterval, reconnectMin, reconnectMax, responseTimeout, maxRetries, queueCapacity,
                retryDelayMin, retryDelayMax, correlationTtl, earlyReceiptTtl, correlationCapacity);
    }

    public OutboundSettings withMaxPerSecond(int rate) {
        return new OutboundSettings(host, port, systemId, password, bindType, systemType, window, rate,
                enquireLinkInterval, reconnectMin, reconnectMax, responseTimeout, maxRetries, queueCapacity,
                retryDelayMin, retryDelayMax, correlationTtl, earlyReceiptTtl, correlationCapacity);
    }

    public OutboundSettings withEnquireLinkInterval(Duration interval) {
        return new OutboundSettings(host, port, systemId, password, bindType, systemType, window, maxPerSecond,
                interval, reconnectMin, reconnectMax, responseTimeout, maxRetries, queueCapacity,
                retryDelayMin, retryDelayMax, correlationTtl, earlyReceiptTtl, correlationCapacity);
    }

    public OutboundSettings withReconnect(Duration min, Duration max) {
        return new OutboundSettings(host, port, systemId, password, bindType, systemType, window, maxPerSecond,
                enquireLinkInterval, min, max, responseTimeout, maxRetries, queueCapacity,
                retryDelayMin, retryDelayMax, correlationTtl, earlyReceiptTtl, correlationCapacity);
    }

    public OutboundSettings withResponseTimeout(Duration timeout) {
        return new OutboundSettings(host, port, systemId, password, bindType, systemType, window, maxPerSecond,
                enquireLinkInterval, reconnectMin, reconnectMax, timeout, maxRetries, queueCapacity,
                retryDelayMin, retryDelayMax, correlationTtl, earlyReceiptTtl, correlationCapacity);
    }

    public OutboundSettings withRetries(int retries, Duration delayMin, Duration delayMax) {
        return new OutboundSettings(host, port, systemId, password, bindType, systemType, window, maxPerSecond,
                enquireLinkInterval, reconnectMin, reconnectMax, responseTimeout, retries, queueCapacity,
                delayMin, delayMax, correlationTtl, earlyReceiptTtl, correlationCapacity);
    }

    public OutboundSettings withQueueCapacity(int capacity) {
        return new OutboundSettings(host, port, systemId, password, bindType, systemType, window, maxPerSecond,
                enquireLinkInterval, reconnectMin, reconnectMax, responseTimeout, maxRetries, capacity,
                retryDelayMin, retryDelayMax, correlationTtl, earlyReceiptTtl, correlationCapacity);
    }

    public OutboundSettings withCorrelation(Duration ttl, Duration earlyTtl, int capacity) {
        return new OutboundSettings(host, port, systemId, password, bindType, systemType, window, maxPerSecond,
                enquireLinkInterval, reconnectMin, reconnectMax, responseTimeout, maxRetries, queueCapacity,
                retryDelayMin, retryDelayMax, ttl, earlyTtl, capacity);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    private static void requireNotNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }
}
