package io.telesim.simulator.cli;

import java.util.concurrent.CountDownLatch;

import sun.misc.Signal;

/**
 * How {@code serve} learns it should stop: Ctrl-C (SIGINT) or SIGTERM. Both are handled here rather than by the
 * JVM's shutdown, so the operator is closed while the JVM still runs normally and the command exits with its
 * own code, 0 (after a shutdown begun by a signal the JVM exits with 128 + the signal's number). A shutdown
 * begun any other way (SIGHUP, say) still waits, in a hook, until the operator is closed.
 */
final class StopSignals {

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    private StopSignals() {
    }

    static StopSignals install() {
        StopSignals signals = new StopSignals();
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> signals.requested.countDown());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            signals.requested.countDown();
            try {
                signals.done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "telesim-stop"));
        return signals;
    }

    /** Waits until a stop is asked for. */
    void awaitRequest() throws InterruptedException {
        requested.await();
    }

    /** Tells a waiting shutdown that everything is closed. */
    void stopped() {
        done.countDown();
    }
}
