package io.telesim.simulator.web.business;

import static io.telesim.simulator.web.business.BusinessFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/**
 * C1: every operation checks the permission (403 without it) and the branch (a number outside the user's branches is
 * {@code not_found}, as if the company did not have it); users cannot give more than they have.
 */
class BusinessAccessTest {

    private static final long HELPDESK_MOSCOW = WebFixture.FIRST + 1;
    private static final long READ_ONLY = WebFixture.FIRST + 2;
    private static final long FINANCE = WebFixture.FIRST + 3;
    private static final long ADMIN_MOSCOW = WebFixture.FIRST + 4;
    private static final long SMS_ONLY = WebFixture.FIRST + 5;

    /** Each operation with parameters that make it valid, and the permission it needs. */
    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("\"operation\":\"block\"", "BLOCKS"),
            Map.entry("\"operation\":\"unblock\"", "BLOCKS"),
            Map.entry("\"operation\":\"connect-service\",\"serviceId\":\"missed-calls\"", "SERVICES"),
            Map.entry("\"operation\":\"disconnect-service\",\"serviceId\":\"missed-calls\"", "SERVICES"),
            Map.entry("\"operation\":\"set-forwarding\",\"condition\":\"busy\",\"forwardTo\":\"79161000002\"", "SERVICES"),
            Map.entry("\"operation\":\"clear-forwarding\",\"condition\":\"busy\"", "SERVICES"),
            Map.entry("\"operation\":\"promised-payment\",\"amount\":10000", "LIMITS"),
            Map.entry("\"operation\":\"send-sms\",\"text\":\"Hello\"", "SMS"),
            Map.entry("\"operation\":\"change-tariff\",\"tariffId\":\"payg\"", "TARIFFS"),
            Map.entry("\"operation\":\"set-spending-limit\",\"amount\":100000", "LIMITS"),
            Map.entry("\"operation\":\"replace-sim\"", "SIM_AND_NUMBER"),
            Map.entry("\"operation\":\"replace-number\",\"newNumber\":\"79165550001\"", "SIM_AND_NUMBER"),
            Map.entry("\"operation\":\"move-to-branch\",\"toBranchId\":\"b1\"", "MOVE_NUMBERS"),
            Map.entry("\"operation\":\"move-to-account\",\"toAccountId\":\"a1\"", "MOVE_NUMBERS"));

    private static BusinessFixture fixture;
    private static int requests;

    @BeforeAll
    static void start() throws Exception {
        fixture = BusinessFixture.start(40);
        fixture.addUser(HELPDESK_MOSCOW, "helpdesk", fixture.moscow);
        fixture.addUser(READ_ONLY, "read-only", null);
        fixture.addUser(FINANCE, "finance", null);
        fixture.addUser(ADMIN_MOSCOW, "administrator", fixture.moscow);
        String smsRole = ok(fixture.user(BusinessFixture.ADMIN).post(fixture.api("/roles"), "{\"name\":\"Notifier\",\"permissions\":[\"VIEW\",\"SMS\"]}"), 200)
                .get("id").asText();
        fixture.addUser(SMS_ONLY, smsRole, null);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static ApiClient.Reply operate(ApiClient client, String operation, long number) throws Exception {
        return client.post(fixture.api("/operations"), "{\"requestId\":\"access-" + (++requests) + "\",\"target\":{\"number\":\"" + number + "\"},"
                + operation + "}");
    }

    private static boolean has(String role, String permission) {
        return switch (role) {
            case "read-only" -> List.of("VIEW", "REPORTS").contains(permission);
            case "finance" -> List.of("VIEW", "REPORTS", "FINANCE", "LIMITS").contains(permission);
            case "helpdesk" -> List.of("VIEW", "BLOCKS", "SERVICES", "SIM_AND_NUMBER").contains(permission);
            case "sms" -> List.of("VIEW", "SMS").contains(permission);
            default -> throw new IllegalArgumentException(role);
        };
    }

    @Test
    void aReadOnlyUserCannotChangeAnything() throws Exception {
        ApiClient readOnly = fixture.user(READ_ONLY);
        for (String operation : OPERATIONS.keySet()) {
            ApiClient.Reply reply = operate(readOnly, operation, BusinessFixture.MOSCOW_FIRST);
            assertEquals(403, reply.status(), operation + ": " + reply.body());
        }
        assertEquals(403, readOnly.post(fixture.api("/branches"), "{\"parentId\":\"b1\",\"name\":\"Kazan\"}").status());
        assertEquals(403, readOnly.put(fixture.api("/accounts/a1"), "{\"invoiceEmail\":\"a@b.ru\"}").status());
        assertEquals(403, readOnly.post(fixture.api("/users"), "{\"number\":\"79161000030\",\"name\":\"X\",\"roleId\":\"read-only\"}").status());
        assertEquals(403, readOnly.post(fixture.api("/requests"), "{\"kind\":\"connect\"}").status());
        assertEquals(403, readOnly.get(fixture.api("/audit")).status());
        assertEquals(200, readOnly.get(fixture.api("/numbers")).status());
    }

    @Test
    void everyOperationNeedsItsPermission() throws Exception {
        Map<String, Long> users = Map.of("helpdesk", HELPDESK_MOSCOW, "finance", FINANCE, "read-only", READ_ONLY, "sms", SMS_ONLY);
        for (Map.Entry<String, Long> user : users.entrySet()) {
            for (Map.Entry<String, String> operation : OPERATIONS.entrySet()) {
                if (operation.getKey().contains("replace-number")) {
                    continue; // it changes the number itself, so every later operation would miss it: read-only's test covers its 403
                }
                ApiClient.Reply reply = operate(fixture.user(user.getValue()), operation.getKey(), BusinessFixture.MOSCOW_FIRST + 4);
                boolean allowed = has(user.getKey(), operation.getValue());
                assertEquals(allowed ? 200 : 403, reply.status(), user.getKey() + " " + operation.getKey() + ": " + reply.body());
            }
        }
    }

    @Test
    void aHelpdeskUserOfOneBranchCannotChangeANumberOfAnother() throws Exception {
        ApiClient helpdesk = fixture.user(HELPDESK_MOSCOW);

        JsonNode other = ok(operate(helpdesk, "\"operation\":\"block\"", BusinessFixture.SPB_FIRST), 200);
        JsonNode own = ok(operate(helpdesk, "\"operation\":\"block\"", BusinessFixture.MOSCOW_FIRST), 200);

        assertEquals("not_found", other.get("results").get(0).get("code").asText());
        assertEquals("active", fixture.web.operator().engine().read(BusinessFixture.SPB_FIRST).get().status().name().toLowerCase());
        assertTrue(own.get("results").get(0).get("ok").asBoolean(), own.toString());
        assertEquals(404, helpdesk.get(fixture.api("/numbers/" + BusinessFixture.SPB_FIRST)).status());
        assertEquals(200, helpdesk.get(fixture.api("/numbers/" + BusinessFixture.MOSCOW_FIRST)).status());
        assertEquals(404, helpdesk.post(fixture.api("/operations"), "{\"requestId\":\"spb-branch\",\"target\":{\"branchId\":\"" + fixture.spb
                + "\"},\"operation\":\"block\"}").status());
        JsonNode seen = ok(helpdesk.get(fixture.api("/numbers")), 200);
        assertEquals(BusinessFixture.PER_BRANCH, seen.size());
        seen.forEach(row -> assertEquals(fixture.moscow, row.get("branchId").asText()));
        JsonNode branches = ok(helpdesk.get(fixture.api("/branches")), 200);
        assertEquals(1, branches.size());
    }

    @Test
    void theWholeCompanysBranchIsLimitedToTheUsersBranches() throws Exception {
        JsonNode done = ok(fixture.user(ADMIN_MOSCOW).post(fixture.api("/operations"),
                "{\"requestId\":\"root-as-moscow\",\"target\":{\"numbers\":[\"" + BusinessFixture.MOSCOW_FIRST + "\",\"" + BusinessFixture.SPB_FIRST
                        + "\"]},\"operation\":\"send-sms\",\"text\":\"Meeting at 10\"}"), 200);
        assertEquals(1, done.get("succeeded").asInt());
        assertEquals(404, fixture.user(ADMIN_MOSCOW).post(fixture.api("/operations"),
                "{\"requestId\":\"root\",\"target\":{\"branchId\":\"b1\"},\"operation\":\"send-sms\",\"text\":\"x\"}").status());
    }

    @Test
    void usersCannotGiveMoreThanTheyHave() throws Exception {
        ApiClient moscowAdmin = fixture.user(ADMIN_MOSCOW);
        ApiClient.Reply fullAccess = moscowAdmin.post(fixture.api("/users"), "{\"number\":\"79161000033\",\"name\":\"A\",\"roleId\":\"read-only\"}");
        ApiClient.Reply otherBranch = moscowAdmin.post(fixture.api("/users"),
                "{\"number\":\"79161000033\",\"name\":\"A\",\"roleId\":\"read-only\",\"branches\":[\"" + fixture.spb + "\"]}");
        ApiClient.Reply changeTopAdmin = moscowAdmin.put(fixture.api("/users/" + BusinessFixture.ADMIN),
                "{\"name\":\"A\",\"roleId\":\"read-only\",\"branches\":[\"" + fixture.moscow + "\"]}");
        ApiClient.Reply inBranch = moscowAdmin.post(fixture.api("/users"),
                "{\"number\":\"79161000033\",\"name\":\"A\",\"roleId\":\"read-only\",\"branches\":[\"" + fixture.moscow + "\"]}");

        assertEquals(403, fullAccess.status());
        assertEquals(404, otherBranch.status());
        assertEquals(403, changeTopAdmin.status());
        assertEquals(200, inBranch.status(), inBranch.body());
        ApiClient notifier = fixture.user(SMS_ONLY);
        assertEquals(403, notifier.post(fixture.api("/roles"), "{\"name\":\"More\",\"permissions\":[\"BLOCKS\"]}").status());
    }

    @Test
    void branchesAreRenamedAndOnlyEmptyOnesWithoutUsersAreDeleted() throws Exception {
        ApiClient admin = fixture.user(BusinessFixture.ADMIN);
        String kazan = ok(admin.post(fixture.api("/branches"), "{\"parentId\":\"b1\",\"name\":\"Kazan\"}"), 200).get("id").asText();
        assertEquals("Kazan-1", ok(admin.put(fixture.api("/branches/" + kazan), "{\"name\":\"Kazan-1\"}"), 200).get("name").asText());

        ApiClient.Reply withUsers = admin.delete(fixture.api("/branches/" + fixture.moscow));
        ApiClient.Reply root = admin.delete(fixture.api("/branches/b1"));
        ApiClient.Reply byHelpdesk = fixture.user(HELPDESK_MOSCOW).delete(fixture.api("/branches/" + kazan));

        assertEquals("branch_has_users", withUsers.json().get("code").asText());
        assertEquals(422, root.status());
        assertEquals(403, byHelpdesk.status(), "editing the hierarchy needs MOVE_NUMBERS");
        assertEquals(200, admin.delete(fixture.api("/branches/" + kazan)).status());
        assertEquals(404, admin.delete(fixture.api("/branches/" + kazan)).status());
        assertEquals(400, admin.post(fixture.api("/branches"), "{\"parentId\":\"b1\",\"name\":\"\"}").status());
    }

    @Test
    void aCustomRoleGivesExactlyItsPermissions() throws Exception {
        JsonNode roles = ok(fixture.user(BusinessFixture.ADMIN).get(fixture.api("/roles")), 200);
        JsonNode notifier = null;
        for (JsonNode role : roles) {
            if (role.get("name").asText().equals("Notifier")) {
                notifier = role;
            }
        }
        assertFalse(notifier == null || notifier.get("predefined").asBoolean());
        assertEquals(2, notifier.get("permissions").size());
        ApiClient.Reply inUse = fixture.user(BusinessFixture.ADMIN).delete(fixture.api("/roles/" + notifier.get("id").asText()));
        assertEquals(422, inUse.status());
        assertEquals(422, fixture.user(BusinessFixture.ADMIN).delete(fixture.api("/roles/administrator")).status());
    }
}
