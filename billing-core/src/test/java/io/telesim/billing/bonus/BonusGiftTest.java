package io.telesim.billing.bonus;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestNumbers.VERA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.telesim.billing.TestOperator;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.result.OperationResult;
import io.telesim.billing.result.Outcome;

/**
 * F9 gifts of bonus points: the points leave the giver at once; the recipient claims them once with
 * the code sent by SMS; an unclaimed gift expires after 7 days and its points go back.
 */
class BonusGiftTest {

    private final TestOperator op = TestOperator.standard();
    private final AccountRecord anna = op.subscriber(ANNA, "go", 0);
    private final AccountRecord boris = op.subscriber(BORIS, "go", 0);
    private final BonusPoints bonus = op.rules().bonus();

    BonusGiftTest() {
        anna.bonusPoints(100);
    }

    private long gift(long points) {
        OperationResult result = new OperationResult();
        bonus.gift(anna, BORIS, points, op.now(), op.gifts(), result);
        TestOperator.requireOk(result, "gifting");
        return result.giftCode();
    }

    private Outcome claim(AccountRecord recipient, long code) {
        return bonus.claim(recipient, code, op.now(), op.gifts(), new OperationResult());
    }

    @Test
    void shouldTakeThePointsFromTheGiverAndIssueASixDigitCode() {
        long code = gift(40);

        assertEquals(60, anna.bonusPoints());
        assertTrue(code >= 100_000 && code <= 999_999, "six digits: " + code);
        assertEquals(Gift.State.OPEN, op.gifts().find(code).state());
        assertEquals(BORIS, op.gifts().find(code).recipient());
    }

    @Test
    void shouldCreditTheRecipientOnce() {
        long code = gift(40);
        OperationResult first = new OperationResult();

        assertEquals(Outcome.OK, bonus.claim(boris, code, op.now(), op.gifts(), first));
        assertEquals(40, first.bonusEarned());
        assertEquals(Outcome.GIFT_ALREADY_CLAIMED, claim(boris, code));
        assertEquals(40, boris.bonusPoints());
        assertEquals(60, anna.bonusPoints());
    }

    @Test
    void shouldRefuseTheCodeToAnyoneButTheRecipient() {
        long code = gift(40);
        AccountRecord vera = op.subscriber(VERA, "go", 0);

        assertEquals(Outcome.GIFT_WRONG_RECIPIENT, claim(vera, code));
        assertEquals(0, vera.bonusPoints());
        assertEquals(Outcome.OK, claim(boris, code), "still Boris's to claim");
    }

    @Test
    void shouldRefuseAnUnknownCode() {
        assertEquals(Outcome.GIFT_UNKNOWN_CODE, claim(boris, 123_456));
    }

    @Test
    void shouldReturnThePointsOfAnUnclaimedGiftAfterSevenDays() {
        long code = gift(40);
        op.advance(7 * TestTimes.DAY - 1);
        assertEquals(Outcome.NOTHING_DUE, bonus.expire(anna, code, op.now(), op.gifts(), new OperationResult()));
        op.advance(1);

        assertEquals(Outcome.GIFT_EXPIRED, claim(boris, code));
        assertEquals(List.of(code), op.gifts().expiredOpenGifts(op.now()));
        assertEquals(Outcome.OK, bonus.expire(anna, code, op.now(), op.gifts(), new OperationResult()));

        assertEquals(100, anna.bonusPoints());
        assertEquals(0, boris.bonusPoints());
        assertEquals(Gift.State.EXPIRED, op.gifts().find(code).state());
        assertEquals(Outcome.GIFT_EXPIRED, claim(boris, code));
        assertEquals(Outcome.NOTHING_DUE, bonus.expire(anna, code, op.now(), op.gifts(), new OperationResult()), "returned once");
        assertEquals(100, anna.bonusPoints());
    }

    @Test
    void shouldNotExpireAClaimedGift() {
        long code = gift(40);
        claim(boris, code);
        op.advance(8 * TestTimes.DAY);

        assertEquals(Outcome.NOTHING_DUE, bonus.expire(anna, code, op.now(), op.gifts(), new OperationResult()));
        assertEquals(60, anna.bonusPoints());
        assertEquals(40, boris.bonusPoints());
    }

    @Test
    void shouldRefuseGiftsTooSmallTooLargeOrToNumbersOutsideOurNetwork() {
        OperationResult result = new OperationResult();

        assertEquals(Outcome.INVALID_AMOUNT, bonus.gift(anna, BORIS, 9, op.now(), op.gifts(), result));
        assertEquals(Outcome.NOT_ENOUGH_POINTS, bonus.gift(anna, BORIS, 101, op.now(), op.gifts(), result));
        assertEquals(Outcome.INVALID_NUMBER, bonus.gift(anna, MOSCOW_OTHER, 10, op.now(), op.gifts(), result));
        assertEquals(Outcome.INVALID_NUMBER, bonus.gift(anna, ANNA, 10, op.now(), op.gifts(), result));
        assertEquals(100, anna.bonusPoints());
        assertEquals(0, op.gifts().size());
    }
}
