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
 * The writer thread of a {@link PipelinedBind}: takes the next message from the {@link LoadSchedule}, waits for a
 * slot of the window (and, with a rate, for the message's time), and writes its {@code submit_sm}. It pushes the
 * output to the socket before it waits, so a burst of submits shares one system call.
 */
final class SubmitLoop implements Runnable {

    private static final long SLOT_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final OptionalParameter[] NO_OPTIONAL_PARAMETERS = {};
    private static final byte[] TEXT = "Telesim load test".getBytes(StandardCharsets.US_ASCII);
    private static final ESMClass DEFAULT_ESM_CLASS = new ESMClass();

    private final PipelinedBind bind;
    private final LoadSchedule schedule;
    private final LoadSettings settings;
    private final RegisteredDelivery registeredDelivery;
    private final TypeOfNumber sourceTon;
    private final NumberingPlanIndicator sourceNpi;

    SubmitLoop(PipelinedBind bind, LoadSettings settings, LoadSchedule schedule) {
        this.bind = bind;
        this.settings = settings;
        this.schedule = schedule;
        this.registeredDelivery = new RegisteredDelivery(settings.receipts() ? SMSCDeliveryReceipt.SUCCESS_FAILURE : SMSCDeliveryReceipt.DEFAULT);
        boolean numeric = settings.sourceAddress().chars().allMatch(Character::isDigit);
        this.sourceTon = numeric ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.ALPHANUMERIC;
        this.sourceNpi = numeric ? NumberingPlanIndicator.ISDN : NumberingPlanIndicator.UNKNOWN;
    }

    @Override
    public void run() {
        try {
            long index;
            while (bind.open() && (index = schedule.next(System.nanoTime())) != LoadSchedule.DONE) {
                int slot = acquireSlot();
                if (slot < 0) {
                    break;
                }
                long sentNanos = System.nanoTime();
                if (schedule.paced()) {
                    sentNanos = schedule.dueNanos(index);
                    waitUntil(sentNanos);
                }
                submit(bind.window().send(slot, sentNanos), index);
                bind.tally().submitted();
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
        try {
            bind.sender().sendSubmitSm(bind.out(), sequence, null, sourceTon, sourceNpi, settings.sourceAddress(),
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, Long.toString(settings.destination(index)),
                    DEFAULT_ESM_CLASS, (byte) 0, (byte) 0, null, null, registeredDelivery, (byte) 0, GeneralDataCoding.DEFAULT,
                    (byte) 0, TEXT, NO_OPTIONAL_PARAMETERS);
        } catch (PDUStringException e) {
            // LoadSettings checks the addresses' lengths, so jSMPP's own check cannot fail.
            throw new IllegalStateException(e);
        }
    }
}
