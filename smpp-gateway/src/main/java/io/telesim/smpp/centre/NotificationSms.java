package io.telesim.smpp.centre;

import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.billing.number.Msisdn;
import io.telesim.billing.result.Notices;
import io.telesim.engine.NotificationSink;
import io.telesim.smpp.SmppRejection;

/**
 * The engine's notices as SMS from {@code Telesim}: low balance, a bundle used up, a block or unblock, a
 * promised payment repaid, the monthly spending limit reached, a bonus gift's claim code. The engine calls on its output thread, which must
 * not wait, so the messages are sent from a thread of their own; when {@link #QUEUE} notices are waiting
 * the newest are dropped with a warning rather than holding the engine back.
 */
public final class NotificationSms implements NotificationSink, AutoCloseable {

    public static final String SENDER = "Telesim";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationSms.class);
    private static final int QUEUE = 10_000;

    private volatile ServiceSenders senders;
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
        Thread t = new Thread(runnable, "telesim-notification-sms");
        t.setDaemon(true);
        return t;
    }, (runnable, executor) -> LOG.warn("{} notices wait to be sent by SMS; one is dropped", QUEUE));

    /**
     * Sends through {@code serviceSenders} from now on. The engine takes this sink before the SMS centre
     * that sends can exist, so the two are joined once both are built; notices before that are dropped.
     */
    public void connect(ServiceSenders serviceSenders) {
        this.senders = serviceSenders;
    }

    @Override
    public void onNotices(long msisdn, int notices, long balance, long time) {
        String text = text(notices, balance);
        if (text != null) {
            thread.execute(() -> send(msisdn, text));
        }
    }

    @Override
    public void onGift(long giver, long recipient, long points, long code, long time) {
        String text = new Msisdn(giver).formatted() + " gave you " + points + " bonus points. To take them, dial *111*456#, choose "
                + "Claim a gift and enter the code " + code + ", or enter it in your account.";
        thread.execute(() -> send(recipient, text));
    }

    /** The SMS for a set of notices, or null when none of them is told by SMS. */
    static String text(int notices, long balance) {
        StringBuilder text = new StringBuilder();
        if (Notices.has(notices, Notices.BLOCKED_FOR_DEBT)) {
            text.append("Your number is blocked: the balance is ").append(roubles(balance)).append(". Top up to unblock it. ");
        } else if (Notices.has(notices, Notices.LOW_BALANCE)) {
            text.append("Your balance is low: ").append(roubles(balance)).append(". Top up to stay connected. ");
        }
        if (Notices.has(notices, Notices.BLOCKED_FOR_INACTIVITY)) {
            text.append("Your number is blocked after 183 days without paid use. Top up to unblock it. ");
        }
        if (Notices.has(notices, Notices.UNBLOCKED)) {
            text.append("Your number is unblocked. ");
        }
        if (Notices.has(notices, Notices.VOICE_BUNDLE_EXHAUSTED)) {
            text.append("Your minutes for this period are used up; calls are now charged by your tariff. ");
        }
        if (Notices.has(notices, Notices.SMS_BUNDLE_EXHAUSTED)) {
            text.append("Your SMS for this period are used up; SMS are now charged by your tariff. ");
        }
        if (Notices.has(notices, Notices.DATA_BUNDLE_EXHAUSTED)) {
            text.append("Your internet for this period is used up; buy an add-on in *111#. ");
        }
        if (Notices.has(notices, Notices.SPENDING_LIMIT_REACHED)) {
            text.append("Your number's monthly spending limit is reached: paid calls, SMS and internet stop until the 1st of "
                    + "next month; what your bundles cover still works. ");
        }
        if (Notices.has(notices, Notices.PROMISED_PAYMENT_COLLECTED)) {
            text.append("Your promised payment has been repaid from the balance. ");
        }
        return text.isEmpty() ? null : text.toString().strip();
    }

    private static String roubles(long kopecks) {
        return String.format(Locale.ROOT, "%s%d.%02d ₽", kopecks < 0 ? "-" : "", Math.abs(kopecks) / 100, Math.abs(kopecks) % 100);
    }

    private void send(long msisdn, String text) {
        ServiceSenders sending = senders;
        if (sending == null) {
            LOG.debug("a notice for {} came before the SMS centre was up; dropped", msisdn);
            return;
        }
        try {
            sending.sendFrom(SENDER, msisdn, text);
        } catch (SmppRejection e) {
            LOG.info("the notice for {} was not sent: {}", msisdn, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("the notice for {} was not sent", msisdn, e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
