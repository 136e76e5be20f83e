package io.telesim.smpp.concat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the parts of concatenated messages until each message is whole. A message is the parts
 * from one sender to one recipient with the same reference and total.
 *
 * <p>Nothing is dropped quietly and memory is bounded whatever a client sends:
 * <ul>
 *   <li>a message none of whose parts came for {@code timeoutMillis} is returned by
 *       {@link #expire} with a marker such as {@code [part 2 of 3 missing]} for each missing part;</li>
 *   <li>when {@code maxPendingMessages} are pending and a part of yet another message comes, the
 *       message heard from longest ago is completed the same way and waits for the next
 *       {@link #expire}, which returns it first. At most {@code maxPendingMessages} wait so; past
 *       that the oldest of them is let go, counted in {@link #lost()} and logged at WARN (once per
 *       {@link #expire} cycle), which only a server that does not call {@link #expire} would see.</li>
 * </ul>
 * So at most {@code 2 × maxPendingMessages} messages of at most 255 parts are held. A part repeated
 * after its message was returned starts a new message, which will expire with its gaps marked.
 *
 * <p>Not thread-safe: one thread offers and expires.
 */
public final class Reassembler {

    private static final Logger LOG = LoggerFactory.getLogger(Reassembler.class);

    private final int maxPendingMessages;
    private final long timeoutMillis;
    /** In order of each message's latest part, oldest first. */
    private final LinkedHashMap<Key, Pending> pending = new LinkedHashMap<>();
    private final ArrayDeque<Reassembled> pushedOut = new ArrayDeque<>();
    private long lost;
    private long lostSinceExpire;
    /** The latest time seen, so a clock stepping back cannot unsort {@link #pending}. */
    private long latestMillis = Long.MIN_VALUE;

    /**
     * @param maxPendingMessages how many incomplete messages to hold, at least 1
     * @param timeoutMillis      how long after its latest part an incomplete message is given up, above 0
     */
    public Reassembler(int maxPendingMessages, long timeoutMillis) {
        if (maxPendingMessages < 1) {
            throw new IllegalArgumentException("at least one pending message must fit, not " + maxPendingMessages);
        }
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeoutMillis + " ms");
        }
        this.maxPendingMessages = maxPendingMessages;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Takes one part. A part of a one-part message comes straight back.
     *
     * @param partText the part's text, its UDH removed
     * @return the whole message when this part completes it, else null
     */
    public Reassembled offer(String sender, long recipient, ConcatPart part, String partText, long nowMillis) {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(partText, "partText");
        latestMillis = Math.max(latestMillis, nowMillis);
        if (part.total() == 1) {
            return new Reassembled(sender, recipient, partText, 1);
        }
        Key key = new Key(sender, recipient, part.reference(), part.total());
        Pending message = pending.remove(key);
        if (message == null) {
            if (pending.size() >= maxPendingMessages) {
                pushOutOldest();
            }
            message = new Pending(part.total());
        }
        String[] texts = message.texts;
        if (texts[part.sequence() - 1] == null) {
            message.received++;
        }
        texts[part.sequence() - 1] = partText;
        if (message.received == texts.length) {
            return new Reassembled(sender, recipient, String.join("", texts), texts.length);
        }
        message.latestPartMillis = latestMillis;
        pending.put(key, message);
        return null;
    }

    /**
     * The messages given up: first those pushed out by the limit since the last call, then those
     * with no part for {@code timeoutMillis} until {@code nowMillis}, each with its missing parts marked.
     */
    public List<Reassembled> expire(long nowMillis) {
        List<Reassembled> given = new ArrayList<>(pushedOut);
        pushedOut.clear();
        if (lostSinceExpire > 1) {
            LOG.warn("let go of {} incomplete messages in all since the last expire(); call it more often", lostSinceExpire);
        }
        lostSinceExpire = 0;
        Iterator<Map.Entry<Key, Pending>> oldestFirst = pending.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Map.Entry<Key, Pending> entry = oldestFirst.next();
            if (nowMillis - entry.getValue().latestPartMillis < timeoutMillis) {
                break;
            }
            given.add(withGapsMarked(entry.getKey(), entry.getValue()));
            oldestFirst.remove();
        }
        return given;
    }

    /** Messages with parts still to come. */
    public int pending() {
        return pending.size();
    }

    /** Messages the limit pushed out, completed with their gaps marked, that the next {@link #expire} returns. */
    public int pushedOut() {
        return pushedOut.size();
    }

    /** Messages let go because {@link #expire} was not called before more than the limit were pushed out (each logged at WARN). */
    public long lost() {
        return lost;
    }

    private void pushOutOldest() {
        Iterator<Map.Entry<Key, Pending>> oldestFirst = pending.entrySet().iterator();
        Map.Entry<Key, Pending> oldest = oldestFirst.next();
        oldestFirst.remove();
        if (pushedOut.size() >= maxPendingMessages) {
            Reassembled dropped = pushedOut.removeFirst();
            lost++;
            if (lostSinceExpire++ == 0) {
                LOG.warn("{} incomplete messages pushed out by the limit wait for expire(), which nobody called;"
                        + " letting go of the oldest, from '{}' to {} ({} parts), and of any more until expire() is called",
                        maxPendingMessages, dropped.sender(), dropped.recipient(), dropped.parts());
            }
        }
        pushedOut.addLast(withGapsMarked(oldest.getKey(), oldest.getValue()));
    }

    private static Reassembled withGapsMarked(Key key, Pending message) {
        String[] texts = message.texts;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                text.append(texts[i]);
            } else {
                text.append(missingMarker(i + 1, texts.length));
            }
        }
        return new Reassembled(key.sender, key.recipient, text.toString(), texts.length);
    }

    /** What stands in a message's text for a part that never came: {@code [part 2 of 3 missing]}. */
    public static String missingMarker(int sequence, int total) {
        return "[part " + sequence + " of " + total + " missing]";
    }

    private record Key(String sender, long recipient, int reference, int total) {
    }

    private static final class Pending {
        final String[] texts;
        int received;
        long latestPartMillis;

        Pending(int total) {
            texts = new String[total];
        }
    }
}
