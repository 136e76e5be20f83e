package io.telesim.simulator.web.bonus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.bonus.Gift;
import io.telesim.billing.catalog.AddOn;
import io.telesim.billing.catalog.BonusPolicy;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.handset.InboxMessage;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.plans.Subscribers;

/** F9 (bonus points: earning, redeeming, gifting by SMS code, claiming) through the API with a real HTTP client. */
class BonusApiTest {

    private static final long FIRST = 79_163_000_001L;
    private static final long RICH = 200_000;

    @RegisterExtension
    static final Subscribers subscribers = new Subscribers();
    private static BonusPolicy policy;

    @BeforeAll
    static void start() {
        policy = subscribers.catalog().policies().bonus();
    }

    private static String api(long msisdn) {
        return "/api/numbers/" + msisdn + "/bonus";
    }

    @Test
    void topUpsEarnPointsThatRedeemForTheRewardsBundle() throws Exception {
        long number = subscribers.provision(FIRST, "payg", RICH);
        ApiClient client = subscribers.fixture().loggedIn(number);
        BonusPolicy.Reward reward = policy.rewards().get(0);
        AddOn addOn = subscribers.catalog().addOn(subscribers.catalog().rewardAddOn(0));
        JsonNode before = client.get(api(number)).json();
        assertEquals(0, before.get("points").asLong());
        assertFalse(before.get("rewards").get(0).get("affordable").asBoolean());
        var tooFew = client.post(api(number) + "/redemptions", "{\"rewardId\":\"" + addOn.id() + "\"}");
        assertEquals(409, tooFew.status());
        assertEquals(Outcome.NOT_ENOUGH_POINTS.reason(), tooFew.json().get("error").asText());

        subscribers.earnPoints(number, reward.points() + 7);

        JsonNode earned = client.get(api(number)).json();
        assertEquals(reward.points() + 7, earned.get("points").asLong());
        assertTrue(earned.get("rewards").get(0).get("affordable").asBoolean());
        var redeemed = client.post(api(number) + "/redemptions", "{\"rewardId\":\"" + addOn.id() + "\"}");
        assertEquals(200, redeemed.status(), redeemed.body());
        assertEquals(7, redeemed.json().get("points").asLong());
        assertEquals(7, subscribers.read(number).bonusPoints());
        JsonNode active = client.get("/api/numbers/" + number + "/add-ons").json().get("active");
        assertEquals(1, active.size());
        assertEquals(addOn.units(), active.get(0).get("unitsLeft").asLong());
        assertEquals(400, client.post(api(number) + "/redemptions", "{\"rewardId\":\"no-such-reward\"}").status());
    }

    @Test
    void aGiftReachesTheRecipientBySmsWithTheCodeThatClaimsIt() throws Exception {
        long giver = subscribers.provision(FIRST + 1, "payg", RICH);
        long recipient = subscribers.provision(FIRST + 2, "payg", RICH);
        subscribers.earnPoints(giver, 100);
        ApiClient giverClient = subscribers.fixture().loggedIn(giver);
        ApiClient recipientClient = subscribers.fixture().loggedIn(recipient);
        long lastSms = subscribers.fixture().lastSmsId(recipient);
        long points = Math.max(policy.minGiftPoints(), 40);

        var gift = giverClient.post(api(giver) + "/gifts", "{\"to\":\"+7 916 300-00-03\",\"points\":" + points + "}");

        assertEquals(200, gift.status(), gift.body());
        assertEquals(100 - points, gift.json().get("points").asLong());
        JsonNode given = gift.json().get("given").get(0);
        assertEquals(recipient, given.get("to").asLong());
        assertEquals(points, given.get("points").asLong());
        assertFalse(gift.body().contains("code"), "the code reaches the recipient only: " + gift.body());
        String code = ApiClient.codeIn(giftSms(recipient, lastSms).text());
        JsonNode received = recipientClient.get(api(recipient)).json().get("received").get(0);
        assertEquals(giver, received.get("from").asLong());
        assertEquals(points, received.get("points").asLong());

        var claimed = recipientClient.post(api(recipient) + "/claims", "{\"code\":\"" + code + "\"}");

        assertEquals(200, claimed.status(), claimed.body());
        assertEquals(points, claimed.json().get("points").asLong());
        assertEquals(points, subscribers.read(recipient).bonusPoints());
        assertEquals(100 - points, subscribers.read(giver).bonusPoints());
        assertEquals(0, claimed.json().get("received").size());
        assertEquals(0, giverClient.get(api(giver)).json().get("given").size());
        var twice = recipientClient.post(api(recipient) + "/claims", "{\"code\":\"" + code + "\"}");
        assertEquals(409, twice.status());
        assertEquals("gift_already_claimed", twice.json().get("code").asText());
    }

    @Test
    void aWrongCodeIs409AndAnotherNumbersCodeLooksWrongToo() throws Exception {
        long giver = subscribers.provision(FIRST + 3, "payg", RICH);
        long recipient = subscribers.provision(FIRST + 4, "payg", RICH);
        long stranger = subscribers.provision(FIRST + 5, "payg", RICH);
        subscribers.earnPoints(giver, 50);
        ApiClient giverClient = subscribers.fixture().loggedIn(giver);
        ApiClient strangerClient = subscribers.fixture().loggedIn(stranger);
        long lastSms = subscribers.fixture().lastSmsId(recipient);
        assertEquals(200, giverClient.post(api(giver) + "/gifts", "{\"to\":\"" + recipient + "\",\"points\":20}").status());
        String code = ApiClient.codeIn(giftSms(recipient, lastSms).text());
        List<Long> open = subscribers.fixture().operator().engine().query(view -> view.openGifts(recipient).stream().map(Gift::code).toList())
                .get(10, TimeUnit.SECONDS);
        String wrong = Long.toString(open.contains(999_999L) ? 999_998L : 999_999L);

        var unknown = strangerClient.post(api(stranger) + "/claims", "{\"code\":\"" + wrong + "\"}");
        assertEquals(409, unknown.status());
        assertEquals("gift_unknown_code", unknown.json().get("code").asText());
        var notTheirs = strangerClient.post(api(stranger) + "/claims", "{\"code\":\"" + code + "\"}");
        assertEquals(409, notTheirs.status());
        assertEquals(unknown.body(), notTheirs.body(), "another number's code is answered as an unknown code");
        assertEquals(400, strangerClient.post(api(stranger) + "/claims", "{\"code\":\"12ab56\"}").status());
        assertEquals(400, strangerClient.post(api(stranger) + "/claims", "{}").status());
        assertEquals(0, subscribers.read(stranger).bonusPoints());
        assertEquals(1, subscribers.fixture().operator().engine().query(view -> view.openGifts(recipient).size()).get(10, TimeUnit.SECONDS),
                "the gift is still open for its recipient");
    }

    @Test
    void giftsTheRulesForbidAreRefusedWithTheReason() throws Exception {
        long giver = subscribers.provision(FIRST + 6, "payg", RICH);
        long friend = subscribers.provision(FIRST + 7, "payg", RICH);
        subscribers.earnPoints(giver, 30);
        ApiClient client = subscribers.fixture().loggedIn(giver);

        var otherNetwork = client.post(api(giver) + "/gifts", "{\"to\":\"+7 903 000-00-01\",\"points\":" + policy.minGiftPoints() + "}");
        assertEquals(409, otherNetwork.status());
        assertEquals("invalid_number", otherNetwork.json().get("code").asText());
        var tooSmall = client.post(api(giver) + "/gifts", "{\"to\":\"" + friend + "\",\"points\":" + (policy.minGiftPoints() - 1) + "}");
        assertEquals(409, tooSmall.status());
        assertEquals("invalid_amount", tooSmall.json().get("code").asText());
        var tooMany = client.post(api(giver) + "/gifts", "{\"to\":\"" + friend + "\",\"points\":31}");
        assertEquals(409, tooMany.status());
        assertEquals("not_enough_points", tooMany.json().get("code").asText());
        assertEquals(409, client.post(api(giver) + "/gifts", "{\"to\":\"" + giver + "\",\"points\":10}").status(), "not to yourself");
        assertEquals(400, client.post(api(giver) + "/gifts", "{\"to\":\"" + friend + "\"}").status());
        assertEquals(400, client.post(api(giver) + "/gifts", "{\"to\":\"nobody\",\"points\":10}").status());
        assertEquals(400, client.post(api(giver) + "/gifts", "{\"to\":\"" + friend + "\",\"points\":\"ten\"}").status());
        assertEquals(400, client.post(api(giver) + "/gifts", "{to:").status());
        assertEquals(30, subscribers.read(giver).bonusPoints());
    }

    /** The gift SMS from Telesim that reached {@code msisdn} after message {@code afterId}. */
    private static InboxMessage giftSms(long msisdn, long afterId) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (InboxMessage message : subscribers.fixture().operator().handsets().inbox(msisdn)) {
                if (message.id() > afterId && message.sender().equals("Telesim") && message.text().contains("bonus points")) {
                    return message;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no gift SMS reached " + msisdn);
    }
}
