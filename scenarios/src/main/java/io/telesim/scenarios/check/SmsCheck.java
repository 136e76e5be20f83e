package io.telesim.scenarios.check;

import java.util.ArrayList;
import java.util.List;

import io.telesim.scenarios.model.Invariant;
import io.telesim.smpp.centre.MessageIds;
import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.centre.SmsMessage;
import io.telesim.smpp.centre.SmscStats;

/**
 * Every SMS the centre accepted from the runner is in a final state (delivered, expired, undeliverable, deleted) or
 * still pending; none is lost in between. Messages the centre still keeps are looked up one by one; it keeps only the
 * last ended ones, so for the others its totals must add up (accepted = ended + pending), and every receipt asked for
 * must have come.
 */
public final class SmsCheck {

    private SmsCheck() {
    }

    /** What the embedded {@code centre} says of the messages {@code acceptedIds}. */
    public static SmsTally tally(SmsCentre centre, long[] acceptedIds) {
        long ended = 0;
        long pending = 0;
        long notKept = 0;
        for (long id : acceptedIds) {
            SmsMessage message = centre.find(MessageIds.text(id));
            if (message == null) {
                notKept++;
            } else if (message.isFinal()) {
                ended++;
            } else {
                pending++;
            }
        }
        SmscStats stats = centre.stats();
        return new SmsTally(ended, pending, notKept, stats.accepted(), stats.finished(), stats.pending());
    }

    /**
     * @param accepted         how many messages the runner's binds had accepted
     * @param receiptsExpected receipts asked for by accepted messages
     * @param receiptsReceived receipts that came
     */
    public static InvariantResult check(SmsTally tally, long accepted, long receiptsExpected, long receiptsReceived) {
        boolean totalsAddUp = tally.centreAccepted() == tally.centreFinished() + tally.centrePending();
        boolean receipts = receiptsReceived >= receiptsExpected;
        List<String> examples = new ArrayList<>();
        if (!totalsAddUp) {
            examples.add(String.format("the centre accepted %,d messages, ended %,d and has %,d pending: %,d unaccounted for",
                    tally.centreAccepted(), tally.centreFinished(), tally.centrePending(),
                    tally.centreAccepted() - tally.centreFinished() - tally.centrePending()));
        }
        if (!receipts) {
            examples.add(String.format("%,d receipts asked for never came", receiptsExpected - receiptsReceived));
        }
        String summary = String.format("%,d accepted: %,d ended, %,d pending, %,d ended earlier and no longer kept; centre totals: "
                        + "accepted %,d = ended %,d + pending %,d; receipts %,d of %,d", accepted, tally.ended(), tally.pending(), tally.notKept(),
                tally.centreAccepted(), tally.centreFinished(), tally.centrePending(), receiptsReceived, receiptsExpected);
        return new InvariantResult(Invariant.SMS, true, totalsAddUp && receipts, summary, examples);
    }
}
