package io.telesim.benchmarks.ussd;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tells the handsets when to stop, and waits until each has ended its session (or lost its connection). */
final class LoadControl {

    private final CountDownLatch stopped;
    private volatile boolean running = true;

    LoadControl(int handsets) {
        this.stopped = new CountDownLatch(handsets);
    }

    boolean running() {
        return running;
    }

    /** Called once by each handset when it stops sending. */
    void handsetStopped() {
        stopped.countDown();
    }

    /** Asks every handset to stop when its session is over; true when all did within {@code seconds}. */
    boolean stop(long seconds) throws InterruptedException {
        running = false;
        return stopped.await(seconds, TimeUnit.SECONDS);
    }
}
