package io.telesim.smpp.centre;

import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.MessageState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.handset.Handsets;
import io.telesim.smpp.concat.Reassembled;
import io.telesim.smpp.concat.Reassembler;

/**
 * The SMS centre's delivery thread: tries each message as soon as it is released, and again on the
 * retry schedule while its handset is switched off or its ESME is not bound, until it is delivered or
 * expires. Times are the engine clock's, so a simulated clock drives retries and expiry in tests and
 * scenarios. The reassembly of concatenated messages for the inbox lives here, on this one thread.
 */
final class DeliveryWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    /** How often waiting messages are looked at when nothing new arrives. */
    private static final long TICK_MILLIS = 50;

    /** A wake-up for a message at {@code time}, valid while the message's plan is still {@code plan}. */
    private record Due(long time, SmsMessage message, int plan) {
    }

    private final SmsCentre centre;
    private final Handsets handsets;
    private final EngineClock clock;
    private final CentreSettings settings;
    private final BlockingQueue<SmsMessage> released = new LinkedBlockingQueue<>();
    private final PriorityQueue<Due> waiting = new PriorityQueue<>((a, b) -> Long.compare(a.time(), b.time()));
    private final Reassembler reassembler;
    private final Thread thread;
    private volatile boolean running = true;

    DeliveryWorker(SmsCentre centre, Handsets handsets, EngineClock clock, CentreSettings settings) {
        this.centre = centre;
        this.handsets = handsets;
        this.clock = clock;
        this.settings = settings;
        this.reassembler = new Reassembler(100_000, settings.concatTimeout().toMillis());
        this.thread = new Thread(this::run, "telesim-sms-delivery");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Tries {@code message} on the delivery thread as soon as it can. Any thread. */
    void attemptSoon(SmsMessage message) {
        released.add(message);
    }

    /**
     * Delivers {@code message} on the calling thread when it is a whole message (not a part), due now, for a
     * handset that is switched on; false, having done nothing, otherwise.
     */
    boolean deliverNow(SmsMessage message) {
        Submission submission = message.submission();
        long now = clock.now();
        if (message.route() != Route.HANDSET || submission.part() != null || message.nextAttempt() > now
                || now >= submission.validUntil() || !handsets.reachable(submission.destination()) || message.isFinal()) {
            return false;
        }
        message.attempted();
        toInbox(submission.destination(), submission.source().display(), submission.text(), now);
        centre.finish(message, MessageState.DELIVERED, DeliveryErrors.NONE);
        return true;
    }

    private void run() {
        while (running) {
            try {
                SmsMessage message = released.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
                while (message != null) {
                    attempt(message);
                    message = released.poll();
                }
                long now = clock.now();
                while (!waiting.isEmpty() && waiting.peek().time() <= now) {
                    Due due = waiting.poll();
                    if (due.plan() == due.message().plan()) {
                        attempt(due.message());
                    }
                }
                for (Reassembled incomplete : reassembler.expire(now)) {
                    toInbox(incomplete.recipient(), incomplete.sender(), incomplete.text(), now);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("the SMS delivery thread failed on a message and goes on", e);
            }
        }
    }

    private void attempt(SmsMessage message) {
        if (message.isFinal()) {
            return;
        }
        long now = clock.now();
        Submission submission = message.submission();
        if (now >= submission.validUntil()) {
            centre.finish(message, MessageState.EXPIRED, message.error());
            return;
        }
        if (message.nextAttempt() > now) {
            waiting.add(new Due(message.nextAttempt(), message, message.plan()));
            return;
        }
        switch (message.route().kind()) {
            case HANDSET -> toHandset(message, submission, now);
            case ESME -> toEsme(message);
            case OUTBOUND -> {
                message.attempted();
                if (!centre.others().forward(message)) {
                    centre.finish(message, MessageState.UNDELIVERABLE, DeliveryErrors.NO_ROUTE);
                }
            }
            case NOWHERE -> centre.finish(message, MessageState.UNDELIVERABLE, DeliveryErrors.NO_ROUTE);
        }
    }

    private void toHandset(SmsMessage message, Submission submission, long now) {
        long recipient = submission.destination();
        if (!handsets.reachable(recipient)) {
            retryLater(message, now, DeliveryErrors.ABSENT_SUBSCRIBER);
            centre.waitForHandset(message);
            return;
        }
        message.attempted();
        if (submission.part() == null) {
            toInbox(recipient, submission.source().display(), submission.text(), now);
        } else {
            Reassembled whole = reassembler.offer(submission.source().display(), recipient, submission.part(), submission.text(), now);
            if (whole != null) {
                toInbox(recipient, whole.sender(), whole.text(), now);
            }
        }
        centre.finish(message, MessageState.DELIVERED, DeliveryErrors.NONE);
    }

    private void toInbox(long recipient, String sender, String text, long now) {
        handsets.deliver(recipient, sender, text, now);
    }

    private void toEsme(SmsMessage message) {
        boolean sent = centre.esmes().deliver(message.route().systemId(), message, status -> {
            if (status == SMPPConstant.STAT_ESME_ROK) {
                centre.finish(message, MessageState.DELIVERED, DeliveryErrors.NONE);
            } else {
                LOG.info("ESME {} refused message {} with status 0x{}", message.route().systemId(), message.messageId(),
                        Integer.toHexString(status));
                retryFromAnyThread(message, DeliveryErrors.REFUSED);
            }
        });
        if (!sent) {
            retryLater(message, clock.now(), DeliveryErrors.NO_ROUTE);
        } else {
            message.attempted();
        }
    }

    private void retryFromAnyThread(SmsMessage message, int error) {
        long next = clock.now() + settings.retryAfter(message.attempts() + 1).toMillis();
        if (message.retryAt(next, error)) {
            released.add(message);
        }
    }

    private void retryLater(SmsMessage message, long now, int error) {
        long next = now + settings.retryAfter(message.attempts() + 1).toMillis();
        if (message.retryAt(Math.min(next, message.submission().validUntil()), error)) {
            waiting.add(new Due(message.nextAttempt(), message, message.plan()));
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
