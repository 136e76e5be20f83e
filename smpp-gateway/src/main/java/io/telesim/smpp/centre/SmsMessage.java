package io.telesim.smpp.centre;

import org.jsmpp.bean.MessageState;

/**
 * A message in the SMS centre's store and its delivery state. The state changes under the message's
 * lock; a final state (delivered, expired, deleted, undeliverable, rejected) never changes again.
 */
public final class SmsMessage {

    private final long id;
    private final long publicId;
    private final Route route;
    private final long submitTime;
    private Submission submission;
    private MessageState state = MessageState.ENROUTE;
    private int error;
    private long doneTime;
    private int attempts;
    private long nextAttempt;

    SmsMessage(long id, long publicId, Submission submission, Route route, long submitTime) {
        this.id = id;
        this.publicId = publicId;
        this.submission = submission;
        this.route = route;
        this.submitTime = submitTime;
        this.nextAttempt = Math.max(submitTime, submission.notBefore());
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
        state = MessageState.ENROUTE;
        return true;
    }

    /** Makes a waiting message due at {@code now}: its handset came back, or its ESME bound. */
    synchronized void dueAt(long now) {
        nextAttempt = Math.min(nextAttempt, Math.max(now, submission.notBefore()));
    }

    synchronized void attempted() {
        attempts++;
    }

    /** Replaces the content of a message still waiting; false when it has ended. */
    synchronized boolean replace(Submission replacement) {
        if (isFinal(state)) {
            return false;
        }
        submission = replacement;
        nextAttempt = Math.max(nextAttempt, replacement.notBefore());
        return true;
    }

    @Override
    public synchronized String toString() {
        return messageId() + " " + state + " to " + submission.destinationAddress();
    }
}
