package io.telesim.simulator.web.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.catalog.FamilyTerms;
import io.telesim.engine.handset.InboxMessage;
import io.telesim.simulator.web.ApiClient;

/** F11 through the API: an owner invites, the invited number accepts in its own account, members leave or are removed. */
class FamilyApiTest {

    private static final long FIRST = 79_162_004_001L;
    private static final long RICH = 500_000;

    @RegisterExtension
    static final Subscribers subscribers = new Subscribers();
    private static FamilyTerms terms;

    @BeforeAll
    static void start() {
        terms = subscribers.catalog().tariff(subscribers.catalog().tariffIndex("family")).family();
    }

    private static String api(long msisdn) {
        return "/api/numbers/" + msisdn + "/family";
    }

    @Test
    void anInvitedNumberJoinsOnlyWhenItAcceptsAndThenSharesTheOwnersBundles() throws Exception {
        long owner = subscribers.provision(FIRST, "family", RICH);
        long member = subscribers.provision(FIRST + 1, "payg", RICH);
        ApiClient ownerClient = subscribers.fixture().loggedIn(owner);
        ApiClient memberClient = subscribers.fixture().loggedIn(member);
        long lastSms = subscribers.fixture().lastSmsId(member);

        var invited = ownerClient.post(api(owner) + "/invitations", "{\"number\":\"" + member + "\"}");

        assertEquals(200, invited.status(), invited.body());
        assertEquals(member, invited.json().at("/invited/0/number").asLong());
        assertTrue(invitationSms(member, lastSms).text().contains("Family"));
        assertEquals(0, subscribers.account(member).familyOwner(), "nothing changes before the invited number accepts");
        JsonNode offered = memberClient.get(api(member)).json();
        assertEquals("none", offered.get("role").asText());
        assertEquals(owner, offered.at("/invitations/0/number").asLong());
        long ownerBalance = subscribers.read(owner).balance();

        var accepted = memberClient.post(api(member) + "/invitations/" + owner + "/accept", "{}");

        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("member", accepted.json().get("role").asText());
        assertEquals(owner, accepted.json().get("owner").asLong());
        assertEquals(owner, subscribers.account(member).familyOwner());
        assertTrue(subscribers.read(owner).balance() < ownerBalance, "the owner pays for the member");
        JsonNode family = ownerClient.get(api(owner)).json();
        assertEquals(2, family.get("sims").asInt());
        assertEquals(member, family.at("/members/0").asLong());
        assertEquals(0, family.get("invited").size());
        JsonNode memberTariff = memberClient.get("/api/numbers/" + member + "/tariff").json();
        assertEquals(owner, memberTariff.at("/bundles/sharedFrom").asLong());
        assertEquals(subscribers.read(owner).smsLeft(), PlansApiTest.bundle(memberTariff, "sms").get("left").asLong());
        var change = memberClient.put("/api/numbers/" + member + "/tariff", "{\"tariffId\":\"payg\"}");
        assertEquals(409, change.status());
        assertEquals("family_member", change.json().get("code").asText());

        var removed = ownerClient.delete(api(owner) + "/members/" + member);

        assertEquals(200, removed.status(), removed.body());
        assertEquals(0, removed.json().get("members").size());
        assertEquals(0, subscribers.account(member).familyOwner());
        assertEquals(terms.leaveTariffId(), subscribers.catalog().tariff(subscribers.account(member).tariff()).id());
    }

    @Test
    void aMemberMayLeaveAndAnInvitationMayBeDeclined() throws Exception {
        long owner = subscribers.provision(FIRST + 2, "family", RICH);
        long member = subscribers.provision(FIRST + 3, "payg", RICH);
        long declining = subscribers.provision(FIRST + 4, "payg", RICH);
        ApiClient ownerClient = subscribers.fixture().loggedIn(owner);
        ApiClient memberClient = subscribers.fixture().loggedIn(member);
        ApiClient decliningClient = subscribers.fixture().loggedIn(declining);
        assertEquals(200, ownerClient.post(api(owner) + "/invitations", "{\"number\":\"" + member + "\"}").status());
        assertEquals(200, ownerClient.post(api(owner) + "/invitations", "{\"number\":\"" + declining + "\"}").status());
        assertEquals(200, memberClient.post(api(member) + "/invitations/" + owner + "/accept", "{}").status());

        var left = memberClient.delete(api(member) + "/members/" + member);
        var declined = decliningClient.delete(api(declining) + "/invitations/" + owner);

        assertEquals(200, left.status(), left.body());
        assertEquals("none", left.json().get("role").asText());
        assertEquals(0, subscribers.account(member).familyOwner());
        assertEquals(200, declined.status(), declined.body());
        assertEquals(0, declined.json().get("invitations").size());
        JsonNode family = ownerClient.get(api(owner)).json();
        assertEquals(1, family.get("sims").asInt());
        assertEquals(0, family.get("invited").size());
        assertEquals(404, decliningClient.post(api(declining) + "/invitations/" + owner + "/accept", "{}").status());
        assertEquals(0, subscribers.account(declining).familyOwner());
    }

    @Test
    void invitationsTheRulesForbidAreRefused() throws Exception {
        long owner = subscribers.provision(FIRST + 5, "family", RICH);
        long notOwner = subscribers.provision(FIRST + 6, "payg", RICH);
        long invited = subscribers.provision(FIRST + 7, "payg", RICH);
        ApiClient ownerClient = subscribers.fixture().loggedIn(owner);
        ApiClient notOwnerClient = subscribers.fixture().loggedIn(notOwner);

        var notFamily = notOwnerClient.post(api(notOwner) + "/invitations", "{\"number\":\"" + invited + "\"}");
        assertEquals(409, notFamily.status());
        assertEquals("not_family_tariff", notFamily.json().get("code").asText());
        assertEquals(404, ownerClient.post(api(owner) + "/invitations", "{\"number\":\"79169999999\"}").status(), "not a subscriber");
        assertEquals(400, ownerClient.post(api(owner) + "/invitations", "{\"number\":\"" + owner + "\"}").status());
        assertEquals(400, ownerClient.post(api(owner) + "/invitations", "{\"number\":").status());
        assertEquals(200, ownerClient.post(api(owner) + "/invitations", "{\"number\":\"" + invited + "\"}").status());
        assertEquals(404, notOwnerClient.post(api(notOwner) + "/invitations/" + owner + "/accept", "{}").status(),
                "an invitation is for the invited number only");
        var notInFamily = notOwnerClient.delete(api(notOwner) + "/members/" + notOwner);
        assertEquals(409, notInFamily.status());
        assertEquals("not_in_family", notInFamily.json().get("code").asText());
        assertEquals(409, ownerClient.delete(api(owner) + "/members/" + notOwner).status(), "not a member of this family");
        assertEquals(0, subscribers.account(notOwner).familyOwner());
    }

    private static InboxMessage invitationSms(long msisdn, long afterId) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (InboxMessage message : subscribers.fixture().operator().handsets().inbox(msisdn)) {
                if (message.id() > afterId && message.sender().equals("Telesim") && message.text().contains("invites you")) {
                    return message;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no invitation SMS reached " + msisdn);
    }
}
