package io.telesim.smpp.server;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the SMPP server listens and whom it lets in.
 *
 * @param host             address to bind (127.0.0.1 by default)
 * @param port             SMPP port (2775 by default; 0 picks a free one)
 * @param accounts         the ESMEs that may bind
 * @param ioThreads        event-loop threads carrying every connection (each connection stays on one; a thread serves several)
 * @param receiptWindow    deliver_sm (receipts, MO) in flight per receiving bind
 * @param freeBindFailures failed binds of one system_id answered at once before the answers slow down
 * @param maxBindDelay     the longest a failed bind's answer is held back
 * @param bindTimeout      how long a new connection has to send its bind
 * @param idleTimeout      after this long without traffic the server sends enquire_link, and closes a session that does not answer
 */
public record SmscSettings(String host, int port, List<EsmeAccount> accounts, int ioThreads, int receiptWindow,
                           int freeBindFailures, Duration maxBindDelay, Duration bindTimeout, Duration idleTimeout) {

    public static final int DEFAULT_PORT = 2775;

    public SmscSettings {
        accounts = List.copyOf(accounts);
        if (ioThreads < 1 || receiptWindow < 1 || freeBindFailures < 0) {
            throw new IllegalArgumentException("the SMSC needs ioThreads >= 1, receiptWindow >= 1 and freeBindFailures >= 0");
        }
        if (accounts.stream().map(EsmeAccount::systemId).distinct().count() != accounts.size()) {
            throw new IllegalArgumentException("two ESME accounts have the same system_id");
        }
    }

    public static SmscSettings defaults(List<EsmeAccount> accounts) {
        return new SmscSettings("127.0.0.1", DEFAULT_PORT, accounts, 2, 32, 3, Duration.ofSeconds(8), Duration.ofSeconds(10),
                Duration.ofSeconds(60));
    }

    public SmscSettings withHost(String newHost) {
        return new SmscSettings(newHost, port, accounts, ioThreads, receiptWindow, freeBindFailures, maxBindDelay, bindTimeout,
                idleTimeout);
    }

    public SmscSettings withPort(int newPort) {
        return new SmscSettings(host, newPort, accounts, ioThreads, receiptWindow, freeBindFailures, maxBindDelay, bindTimeout,
                idleTimeout);
    }

    public SmscSettings withBindFailures(int free, Duration maxDelay) {
        return new SmscSettings(host, port, accounts, ioThreads, receiptWindow, free, maxDelay, bindTimeout, idleTimeout);
    }

    public SmscSettings withIdleTimeout(Duration timeout) {
        return new SmscSettings(host, port, accounts, ioThreads, receiptWindow, freeBindFailures, maxBindDelay, bindTimeout, timeout);
    }

    /** Short number → the system_id that serves it, from the accounts. */
    public Map<String, String> shortNumbers() {
        Map<String, String> routes = new HashMap<>();
        for (EsmeAccount account : accounts) {
            for (String number : account.shortNumbers()) {
                String previous = routes.put(number, account.systemId());
                if (previous != null) {
                    throw new IllegalArgumentException("short number " + number + " is served by both " + previous + " and " + account.systemId());
                }
            }
        }
        return routes;
    }
}
