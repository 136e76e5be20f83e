package io.telesim.ussd.builtin;

import static io.telesim.billing.TestCatalogs.GB;
import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.bonus.Gift;

class BonusServiceTest {

    private final BuiltinFixture fixture = new BuiltinFixture();

    /** 3000 ₽ topped up earns 300 points (one per 10 ₽). */
    @BeforeEach
    void provision() {
        fixture.provision(ANNA, "go", 0);
        fixture.provision(BORIS, "go", 0);
        fixture.topUp(ANNA, 300_000);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldShowThePoints() {
        assertEquals(300, fixture.read(ANNA).bonusPoints());

        assertEquals("Bonus points: 300\n1 Redeem\n2 Gift\n3 Claim a gift", fixture.dial(ANNA, "*111*456#").text());
    }

    @Test
    void shouldRedeemPointsForARewardAfterConfirmation() {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111*456#").answer("1");
        assertEquals("Rewards:\n1 Internet 1 GB, 150 points\n2 Internet 5 GB, 600 points\n0 Back", handset.text());
        assertEquals("Redeem 150 points for Internet 1 GB?\n1 Yes\n2 No", handset.answer("1").text());

        assertEquals("Internet 1 GB is added.\nPoints left: 150", handset.answer("1").text());

        assertEquals(150, fixture.read(ANNA).bonusPoints());
        assertEquals(GB, fixture.read(ANNA).dataLeft());
    }

    @Test
    void shouldRefuseInWordsWithTooFewPoints() {
        assertEquals("Not enough bonus points.", fixture.dial(ANNA, "*111*456#").answer("1", "2", "1").text());

        assertEquals(300, fixture.read(ANNA).bonusPoints());
        assertEquals(0, fixture.read(ANNA).dataLeft());
    }

    @Test
    void shouldGiftTypedPointsToATypedNumberAfterConfirmation() {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111*456#").answer("2");
        assertEquals("Gift points to which number?\n0 Back", handset.text());
        assertEquals("How many points? At least 10.\n0 Back", handset.answer("79160000002").text());
        assertEquals("Gift 50 points to +7 916 000-00-02?\n1 Yes\n2 No", handset.answer("50").text());

        assertEquals("Gift of 50 points sent to +7 916 000-00-02.\nPoints left: 250", handset.answer("1").text());

        assertEquals(250, fixture.read(ANNA).bonusPoints());
        List<Gift> gifts = BuiltinFixture.await(fixture.engine.query(view -> view.openGifts(BORIS)));
        assertEquals(1, gifts.size());
        assertEquals(50, gifts.get(0).points());
        assertEquals(ANNA, gifts.get(0).giver());
    }

    @Test
    void shouldClaimAGiftWithTheCodeFromTheSms() {
        fixture.dial(ANNA, "*111*456#").answer("2", "79160000002", "50", "1");
        Gift gift = BuiltinFixture.await(fixture.engine.query(view -> view.openGifts(BORIS))).get(0);

        BuiltinFixture.Handset boris = fixture.dial(BORIS, "*111*456#").answer("3");
        assertEquals("Enter the gift code from the SMS\n0 Back", boris.text());
        assertEquals("The gift is yours.\nBonus points: 50", boris.answer(Long.toString(gift.code())).text());

        assertEquals(50, fixture.read(BORIS).bonusPoints());
        assertEquals("No gift has this code.", fixture.dial(BORIS, "*111*456#").answer("3", Long.toString(gift.code() + 1)).text());
    }

    @Test
    void shouldAskAgainForPointsThatAreNoNumberAndGoBackOneStep() {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*111*456#").answer("2", "79160000002", "many");

        assertFalse(handset.ended());
        assertEquals("The number of points must be a whole number, like 50.\nHow many points? At least 10.\n0 Back", handset.text());
        assertEquals("Gift points to which number?\n0 Back", handset.answer("0").text());
        assertEquals("Bonus points: 300\n1 Redeem\n2 Gift\n3 Claim a gift", handset.answer("0").text());
    }

    @Test
    void shouldShowTheEnginesRefusalsOfAGift() {
        assertEquals("The amount is outside the allowed limits.", fixture.dial(ANNA, "*111*456#").answer("2", "79160000002", "5", "1").text());
        assertEquals("The number is not valid here.", fixture.dial(ANNA, "*111*456#").answer("2", Long.toString(MOSCOW_OTHER), "20", "1").text());
        assertEquals("Not enough bonus points.", fixture.dial(ANNA, "*111*456#").answer("2", "79160000002", "301", "1").text());

        assertEquals(300, fixture.read(ANNA).bonusPoints());
    }

    @Test
    void shouldChangeNothingWhenTheUserSaysNo() {
        assertEquals(Menu.CANCELLED, fixture.dial(ANNA, "*111*456#").answer("2", "79160000002", "50", "2").text());

        assertEquals(300, fixture.read(ANNA).bonusPoints());
        assertEquals(List.of(), BuiltinFixture.await(fixture.engine.query(view -> view.openGifts(BORIS))));
    }
}
