package io.telesim.smpp.centre;

import org.jsmpp.bean.MessageState;

/**
 * A message in the SMS centre's store and its delivery state. The state changes under the message's
 * lock; a final state (delivered, expired, deleted, undeliverable, rejected) never changes again.
 */
public final class SmsMessage {

    private final long id;
    private final long publicId;
    /** The number charged for the message, 0 when nobody is. */
    private final long payer;
    private final Route route;
    private final long submitTime;
    private Submission submission;
    private MessageState state = MessageState.ENROUTE;
    private int error;
    private long doneTime;
    private int attempts;
    private long nextAttempt;
    /** Counts each new plan for the next attempt, so the delivery thread can drop plans made stale. */
    private int plan;
    /** The most segments charged for this message (it grows when replace_sm lengthens it). */
    private int chargedSegments;
    private int extraCharges;
    private boolean released;

    SmsMessage(long id, long publicId, Submission submission, Route route, long submitTime, long payer) {
        this.id = id;
        this.publicId = publicId;
        this.payer = payer;
        this.submission = submission;
        this.route = route;
        this.submitTime = submitTime;
        this.nextAttempt = Math.max(submitTime, submission.notBefore());
        this.chargedSegments = submission.segments();
        if (submission.notBefore() > submitTime) {
            state = MessageState.SCHEDULED;
        }
    }

    public long id() {
        return id;
    }

    /**
     * The id its sender was given: its own, or for one destination of a submit_multi the id of the whole
     * submission, which its receipts carry too.
     */
    public String messageId() {
        return MessageIds.text(publicId);
    }

    public long payer() {
        return payer;
    }

    public Route route() {
        return route;
    }

    public long submitTime() {
        return submitTime;
    }

    public synchronized Submission submission() {
        return submission;
    }

    public synchronized MessageState state() {
        return state;
    }

    public synchronized int error() {
        return error;
    }

    public synchronized long doneTime() {
        return doneTime;
    }

    public synchronized int attempts() {
        return attempts;
    }

    synchronized long nextAttempt() {
        return nextAttempt;
    }

    /** Marks the message handed to delivery; false when it already was. */
    synchronized boolean markReleased() {
        if (released) {
            return false;
        }
        released = true;
        return true;
    }

    /** The current plan for the next attempt; an older plan's wake-up is stale. */
    synchronized int plan() {
        return plan;
    }

    public synchronized boolean isFinal() {
        return isFinal(state);
    }

    static boolean isFinal(MessageState state) {
        return state == MessageState.DELIVERED || state == MessageState.EXPIRED || state == MessageState.DELETED
                || state == MessageState.UNDELIVERABLE || state == MessageState.REJECTED;
    }

    /** Moves to a final state unless already in one; true when this call ended the message. */
    synchronized boolean finish(MessageState finalState, int errorCode, long time) {
        if (isFinal(state)) {
            return false;
        }
        state = finalState;
        error = errorCode;
        doneTime = time;
        return true;
    }

    /** Notes a failed attempt and when to try again; false when the message has already ended. */
    synchronized boolean retryAt(long time, int errorCode) {
        if (isFinal(state)) {
            return false;
        }
        attempts++;
        error = errorCode;
        nextAttempt = time;
        plan++;
        state = MessageState.ENROUTE;
        return true;
    }

    /** Makes a waiting message due at {@code now}: its handset came back, or its ESME bound. */
    synchronized void dueAt(long now) {
        nextAttempt = Math.min(nextAttempt, Math.max(now, submission.notBefore()));
        plan++;
    }

    synchronized void attempted() {
        attempts++;
    }

    /**
     * Replaces the content of a waiting message; false when it has ended. A new schedule replaces the
     * old one, earlier or later; a message already failing waits for its next retry at least.
     */
    synchronized boolean replace(Submission replacement, long now) {
        if (isFinal(state)) {
            return false;
        }
        Submission old = submission;
        submission = replacement;
        if (replacement.notBefore() != old.notBefore()) {
            nextAttempt = attempts == 0 ? Math.max(now, replacement.notBefore()) : Math.max(nextAttempt, replacement.notBefore());
            state = nextAttempt > now ? MessageState.SCHEDULED : MessageState.ENROUTE;
        }
        plan++;
        return true;
    }

    /**
     * The segments of a longer replacement not yet charged, and the number of the extra charge (1 to 3)
     * that charges them; 0 segments when nothing more is owed.
     */
    synchronized int[] chargeFor(int segments) {
        int more = segments - chargedSegments;
        return more <= 0 ? new int[] {0, 0} : new int[] {more, extraCharges + 1};
    }

    synchronized void charged(int segments) {
        chargedSegments = Math.max(chargedSegments, segments);
        extraCharges++;
    }

    @Override
    public synchronized String toString() {
        return messageId() + " " + state + " to " + submission.destinationAddress();
    }
}
