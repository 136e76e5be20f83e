package io.telesim.engine;

/**
 * Where the engine sends what a subscriber should be told (by SMS): low balance, a bundle used up, a
 * promised payment collected, an auto top-up to make, a bonus gift's claim code. Called on the engine's
 * output thread after the command's reply: implementations hand the notice on (to the SMS side) and
 * return at once. The engine knows nothing of SMPP.
 */
public interface NotificationSink {

    NotificationSink NONE = new NotificationSink() {
    };

    /**
     * @param notices {@link io.telesim.billing.result.Notices} bits raised by the command for {@code msisdn}
     * @param balance the balance after the command, kopecks
     */
    default void onNotices(long msisdn, int notices, long balance, long time) {
    }

    /** A gift of {@code points} from {@code giver} to {@code recipient} that {@code code} claims. */
    default void onGift(long giver, long recipient, long points, long code, long time) {
    }
}
