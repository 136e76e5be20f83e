package io.telesim.smpp.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.jsmpp.PDUStringException;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;

/**
 * The writer thread of a {@link PipelinedBind}: takes a throttled message to send again or else the next message of
 * the {@link SubmitSchedule}, waits for a slot of the window (and, with a rate, for the message's time, and after a
 * throttle for the pause), and writes its {@code submit_sm}. It pushes the output to the socket before it waits, so
 * a burst of submits shares one system call. It ends when the schedule is done and no message in flight can come back
 * throttled.
 */
final class SubmitLoop implements Runnable {

    private static final long WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long SLOT_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final OptionalParameter[] NO_OPTIONAL_PARAMETERS = {};
    private static final byte[] TEXT = "Telesim load test".getBytes(StandardCharsets.US_ASCII);
    private static final ESMClass DEFAULT_ESM_CLASS = new ESMClass();

    private final PipelinedBind bind;
    private final SubmitSchedule schedule;
    private final LoadObserver observer;
    private final RegisteredDelivery registeredDelivery;
    private boolean scheduleDone;

    SubmitLoop(PipelinedBind bind, LoadSettings settings, SubmitSchedule schedule, LoadObserver observer) {
        this.bind = bind;
        this.schedule = schedule;
        this.observer = observer;
        this.registeredDelivery = new RegisteredDelivery(settings.receipts() ? SMSCDeliveryReceipt.SUCCESS_FAILURE : SMSCDeliveryReceipt.DEFAULT);
    }

    @Override
    public void run() {
        try {
            while (bind.open()) {
                ThrottledMessages.Retry retry = bind.throttled().poll();
                if (retry != null) {
                    waitUntil(bind.throttled().pauseUntilNanos());
                    send(retry.index(), retry.firstSentNanos());
                } else if (!scheduleDone && !nextFromSchedule()) {
                    scheduleDone = true;
                } else if (scheduleDone) {
                    if (bind.window().inFlight() == 0 && bind.throttled().isEmpty()) {
                        break;
                    }
                    bind.out().push();
                    LockSupport.parkNanos(WAIT_NANOS);
                }
            }
            bind.out().push();
        } catch (IOException e) {
            if (!bind.unbinding()) {
                bind.tally().failed(bind.name() + ": writing submit_sm: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            bind.tally().failed(bind.name() + ": writer stopped: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends the schedule's next message; false when the schedule has none left. */
    private boolean nextFromSchedule() throws IOException, InterruptedException {
        long index = schedule.next(System.nanoTime());
        if (index == SubmitSchedule.DONE) {
            return false;
        }
        long sentNanos = schedule.dueNanos(index);
        if (sentNanos != SubmitSchedule.AT_ONCE) {
            waitUntil(sentNanos);
        }
        waitUntil(bind.throttled().pauseUntilNanos());
        if (send(index, sentNanos)) {
            bind.tally().submitted();
            observer.submitted(index, sentNanos == SubmitSchedule.AT_ONCE ? 0 : Math.max(0, System.nanoTime() - sentNanos));
        }
        return true;
    }

    /** Sends message {@code index} dated {@code sentNanos} (or {@link SubmitSchedule#AT_ONCE}); false if the bind closed first. */
    private boolean send(long index, long sentNanos) throws IOException, InterruptedException {
        int slot = acquireSlot();
        if (slot < 0) {
            return false;
        }
        long dated = sentNanos == SubmitSchedule.AT_ONCE ? System.nanoTime() : sentNanos;
        submit(bind.window().send(slot, index, dated), index);
        return true;
    }

    /** A free slot, pushing what was written first if it has to wait; -1 if the bind closed meanwhile. */
    private int acquireSlot() throws IOException, InterruptedException {
        int slot = bind.window().tryAcquire();
        if (slot >= 0) {
            return slot;
        }
        bind.out().push();
        while (bind.open()) {
            slot = bind.window().acquire(SLOT_WAIT_NANOS);
            if (slot >= 0) {
                return slot;
            }
        }
        return -1;
    }

    private void waitUntil(long dueNanos) throws IOException {
        long now = System.nanoTime();
        if (now - dueNanos >= 0) {
            return;
        }
        bind.out().push();
        // Sleeping, not spinning: on a two-core machine a spinning generator takes a core from the SMSC under test.
        while ((now = System.nanoTime()) - dueNanos < 0) {
            LockSupport.parkNanos(dueNanos - now);
        }
    }

    private void submit(int sequence, long index) throws IOException {
        String source = schedule.sourceAddress(index);
        boolean numeric = !source.isEmpty() && source.chars().allMatch(Character::isDigit);
        TypeOfNumber sourceTon = numeric ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.ALPHANUMERIC;
        NumberingPlanIndicator sourceNpi = numeric ? NumberingPlanIndicator.ISDN : NumberingPlanIndicator.UNKNOWN;
        try {
            bind.sender().sendSubmitSm(bind.out(), sequence, null, sourceTon, sourceNpi, source,
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, schedule.destinationAddress(index),
                    DEFAULT_ESM_CLASS, (byte) 0, (byte) 0, null, null, registeredDelivery, (byte) 0, GeneralDataCoding.DEFAULT,
                    (byte) 0, TEXT, NO_OPTIONAL_PARAMETERS);
        } catch (PDUStringException e) {
            // LoadSettings checks its addresses' lengths; a schedule's own addresses are its to keep short.
            throw new IllegalStateException("message " + index + ": " + e.getMessage(), e);
        }
    }
}
