package io.telesim.simulator.web.business;

import static io.telesim.simulator.web.business.BusinessFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.simulator.business.BulkRun;
import io.telesim.simulator.business.BusinessBook;
import io.telesim.simulator.web.ApiClient;

/**
 * C3: operations on one number, a list or a branch, applied number by number with a result each; partial failures
 * reported per number; a retry with the same request id changes nothing twice; every change in the audit log.
 */
class BulkOperationsTest {

    private static final long CONNECTION_FEE = 1_500;
    private static BusinessFixture fixture;
    private static ApiClient admin;

    @BeforeAll
    static void start() throws Exception {
        fixture = BusinessFixture.start(40);
        admin = fixture.user(BusinessFixture.ADMIN);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static JsonNode operate(String requestId, String target, String operation) throws Exception {
        return ok(admin.post(fixture.api("/operations"), "{\"requestId\":\"" + requestId + "\",\"target\":" + target + "," + operation + "}"), 200);
    }

    private static String numbers(long... numbers) {
        StringBuilder list = new StringBuilder("{\"numbers\":[");
        for (int i = 0; i < numbers.length; i++) {
            list.append(i == 0 ? "" : ",").append('"').append(numbers[i]).append('"');
        }
        return list.append("]}").toString();
    }

    private static List<JsonNode> audit() throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        ok(admin.get(fixture.api("/audit?limit=500")), 200).get("entries").forEach(entries::add);
        return entries;
    }

    @Test
    void aBranchIsDoneNumberByNumberAndPartialFailuresAreReportedPerNumber() throws Exception {
        long first = BusinessFixture.SPB_FIRST;
        operate("block-one", "{\"number\":\"" + first + "\"}", "\"operation\":\"block\"");

        JsonNode done = operate("block-spb", "{\"branchId\":\"" + fixture.spb + "\"}", "\"operation\":\"block\"");

        assertEquals(BusinessFixture.PER_BRANCH, done.get("total").asInt());
        assertEquals(BusinessFixture.PER_BRANCH - 1, done.get("succeeded").asInt());
        assertEquals(1, done.get("failed").asInt());
        JsonNode refused = done.get("results").get(0);
        assertEquals(Long.toString(first), refused.get("number").asText());
        assertFalse(refused.get("ok").asBoolean());
        assertNotEquals("ok", refused.get("code").asText());
        for (int i = 1; i < BusinessFixture.PER_BRANCH; i++) {
            assertTrue(done.get("results").get(i).get("ok").asBoolean());
            assertEquals("BLOCKED_VOLUNTARY", fixture.web.operator().engine().read(first + i).get().status().name());
        }
        JsonNode undo = operate("unblock-spb", "{\"branchId\":\"" + fixture.spb + "\"}", "\"operation\":\"unblock\"");
        assertEquals(BusinessFixture.PER_BRANCH, undo.get("succeeded").asInt());
    }

    @Test
    void aListMixesDoneNotFoundInvalidAndRepeatedNumbers() throws Exception {
        JsonNode done = ok(admin.post(fixture.api("/operations"), "{\"requestId\":\"mixed\",\"target\":{\"numbers\":[\"" + BusinessFixture.MOSCOW_FIRST
                + "\",\"" + BusinessFixture.OUTSIDER + "\",\"hello\",\"" + BusinessFixture.MOSCOW_FIRST + "\"]},\"operation\":\"send-sms\",\"text\":\"Hi\"}"), 200);

        List<String> codes = new ArrayList<>();
        done.get("results").forEach(result -> codes.add(result.get("code").asText()));
        assertEquals(List.of("ok", "not_found", "invalid_number", "repeated"), codes);
    }

    @Test
    void aRetryWithTheSameRequestIdAnswersTheSameAndChargesOnce() throws Exception {
        long a = BusinessFixture.MOSCOW_FIRST + 1;
        long b = BusinessFixture.MOSCOW_FIRST + 2;
        long balanceA = fixture.balance(a);
        long balanceB = fixture.balance(b);
        String target = numbers(a, b);
        String operation = "\"operation\":\"connect-service\",\"serviceId\":\"caller-tune\"";

        JsonNode first = operate("tune-1", target, operation);
        int audited = audit().size();
        JsonNode retry = operate("tune-1", target, operation);

        assertEquals(first, retry);
        assertEquals(2, first.get("succeeded").asInt());
        assertTrue(fixture.balance(a) <= balanceA - CONNECTION_FEE);
        long afterA = fixture.balance(a);
        long afterB = fixture.balance(b);
        assertEquals(audited, audit().size(), "a retry changes nothing, so the log has nothing new");

        // As if the first run had stopped half way: its results lost, the same command ids go to the engine again.
        BusinessBook book = new BusinessBook(fixture.web.operator().webStore());
        BulkRun run = book.bulkRuns().begin(fixture.company, "tune-1", fingerprintOf(target, operation), 0);
        book.bulkRuns().save(new BulkRun(run.companyId(), run.requestId(), run.serial(), run.fingerprint(), run.startedAt(), null));
        JsonNode rerun = operate("tune-1", target, operation);

        assertEquals(2, rerun.get("succeeded").asInt(), "the engine answers a repeated command with its first reply");
        assertEquals(audited, audit().size(), "what the first attempt did is in the log once");
        assertEquals(afterA, fixture.balance(a));
        assertEquals(afterB, fixture.balance(b));
        assertTrue(balanceB > afterB);
        JsonNode again = operate("tune-2", target, operation);
        assertEquals(0, again.get("succeeded").asInt(), "a new request id is a new operation: already connected");
    }

    private static String fingerprintOf(String target, String operation) throws Exception {
        return io.telesim.simulator.web.http.Json.tree(io.telesim.simulator.web.http.Json.mapper().readValue(
                "{\"requestId\":\"tune-1\",\"target\":" + target + "," + operation + "}", OperationRequest.class)).toString();
    }

    @Test
    void thousandsOfNumbersRefusedAtOnceAreAllAnswered() throws Exception {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            unknown.add(Long.toString(79_170_000_000L + i));
        }
        JsonNode done = ok(admin.post(fixture.api("/operations"), "{\"requestId\":\"unknown\",\"target\":{\"numbers\":[" + String.join(",", unknown)
                + "]},\"operation\":\"block\"}"), 200);
        assertEquals(4_000, done.get("failed").asInt());
        assertEquals("not_found", done.get("results").get(3_999).get("code").asText());
    }

    @Test
    void aRequestIdUsedForAnotherOperationIs422() throws Exception {
        operate("used", numbers(BusinessFixture.MOSCOW_FIRST), "\"operation\":\"send-sms\",\"text\":\"One\"");
        ApiClient.Reply other = admin.post(fixture.api("/operations"), "{\"requestId\":\"used\",\"target\":" + numbers(BusinessFixture.MOSCOW_FIRST)
                + ",\"operation\":\"send-sms\",\"text\":\"Two\"}");
        assertEquals(422, other.status());
        assertEquals("request_id_reused", other.json().get("code").asText());
    }

    @Test
    void badRequestsAre400() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= OperationApi.MAX_NUMBERS; i++) {
            many.add(Long.toString(79_170_000_000L + i)); // unquoted, so 5,001 of them fit in the 64 KB body limit
        }
        String operation = ",\"operation\":\"block\"}";
        assertEquals(400, admin.post(fixture.api("/operations"), "{\"requestId\":\"big\",\"target\":{\"numbers\":[" + String.join(",", many) + "]}"
                + operation).status());
        assertEquals(400, admin.post(fixture.api("/operations"), "{\"target\":{\"number\":\"79161000011\"}" + operation).status());
        assertEquals(400, admin.post(fixture.api("/operations"), "{\"requestId\":\"x\",\"target\":{}" + operation).status());
        assertEquals(400, admin.post(fixture.api("/operations"), "{\"requestId\":\"x\",\"target\":{\"number\":\"79161000011\"},\"operation\":\"fly\"}")
                .status());
        assertEquals(400, admin.post(fixture.api("/operations"), "{\"requestId\":\"x\",\"target\":{\"number\":\"79161000011\"},\"operation\":\"send-sms\"}")
                .status());
        assertEquals(400, admin.post(fixture.api("/operations"), "{\"requestId\":\"x\",\"target\":" + numbers(79_161_000_011L, 79_161_000_012L)
                + ",\"operation\":\"replace-number\",\"newNumber\":\"79165550000\"}").status());
    }

    @Test
    void anSmsReachesEveryNumberOfTheBranchFromTheCompanysName() throws Exception {
        long[] after = new long[BusinessFixture.PER_BRANCH];
        for (int i = 0; i < after.length; i++) {
            after[i] = fixture.web.lastSmsId(BusinessFixture.MOSCOW_FIRST + i);
        }
        JsonNode done = operate("sms-moscow", "{\"branchId\":\"" + fixture.moscow + "\"}", "\"operation\":\"send-sms\",\"text\":\"Office closed Friday\"");
        assertEquals(BusinessFixture.PER_BRANCH, done.get("succeeded").asInt(), done.toString());
        for (int i = 0; i < after.length; i++) {
            assertEquals("Office closed Friday", fixture.web.awaitSms(BusinessFixture.MOSCOW_FIRST + i, "TestLogisti", after[i]).text());
        }
    }

    @Test
    void movingANumberChangesItsBranchAndAccountAndIsAudited() throws Exception {
        long number = BusinessFixture.MOSCOW_FIRST + 3;
        JsonNode moved = operate("move-1", numbers(number), "\"operation\":\"move-to-branch\",\"toBranchId\":\"" + fixture.spb + "\"");
        assertTrue(moved.get("results").get(0).get("ok").asBoolean(), moved.toString());
        assertEquals(fixture.spb, ok(admin.get(fixture.api("/numbers/" + number)), 200).get("branchId").asText());

        JsonNode entry = audit().get(0);
        assertEquals("move-to-branch", entry.get("action").asText());
        assertEquals(Long.toString(BusinessFixture.ADMIN), entry.get("actor").asText());
        assertEquals("number " + number, entry.get("target").asText());
        assertEquals(fixture.moscow, entry.get("before").get("branchId").asText());
        assertEquals(fixture.spb, entry.get("after").get("branchId").asText());
        assertTrue(entry.get("time").asLong() > 0);

        JsonNode back = operate("move-2", numbers(number), "\"operation\":\"move-to-branch\",\"toBranchId\":\"" + fixture.moscow + "\"");
        assertTrue(back.get("results").get(0).get("ok").asBoolean());
        int logged = audit().size();
        JsonNode stay = operate("move-2b", numbers(number), "\"operation\":\"move-to-branch\",\"toBranchId\":\"" + fixture.moscow + "\"");
        assertEquals("already in branch " + fixture.moscow, stay.get("results").get(0).get("message").asText());
        assertEquals(logged, audit().size(), "no change, no entry");
        JsonNode account = operate("move-3", numbers(number), "\"operation\":\"move-to-account\",\"toAccountId\":\"a1\"");
        assertTrue(account.get("results").get(0).get("ok").asBoolean(), account.toString());
    }

    @Test
    void everyChangeIsInTheAuditLogWithItsStateBeforeAndAfter() throws Exception {
        int before = audit().size();
        long a = BusinessFixture.MOSCOW_FIRST + 4;
        JsonNode done = operate("forward", numbers(a, BusinessFixture.OUTSIDER),
                "\"operation\":\"set-forwarding\",\"condition\":\"busy\",\"forwardTo\":\"79161000002\"");
        assertEquals(1, done.get("succeeded").asInt());

        List<JsonNode> entries = audit();
        assertEquals(before + 1, entries.size(), "one entry per change, none for a refusal");
        JsonNode entry = entries.get(0);
        assertEquals("set-forwarding", entry.get("action").asText());
        assertFalse(entry.get("before").get("forwarding").has("busy"));
        assertEquals(79_161_000_002L, entry.get("after").get("forwarding").get("busy").asLong());
        ok(admin.post(fixture.api("/branches"), "{\"parentId\":\"" + fixture.moscow + "\",\"name\":\"Khimki\"}"), 200);
        assertEquals("add-branch", audit().get(0).get("action").asText());
    }

    @Test
    void theAuditLogPagesNewestFirst() throws Exception {
        for (int i = 0; i < 3; i++) {
            ok(admin.post(fixture.api("/branches"), "{\"parentId\":\"b1\",\"name\":\"Depot " + i + "\"}"), 200);
        }
        JsonNode first = ok(admin.get(fixture.api("/audit?limit=2")), 200);
        long next = first.get("nextBefore").asLong();
        JsonNode second = ok(admin.get(fixture.api("/audit?limit=2&before=" + next)), 200);

        assertEquals(2, first.get("entries").size());
        assertTrue(first.get("entries").get(0).get("seq").asLong() > first.get("entries").get(1).get("seq").asLong());
        assertEquals(first.get("entries").get(1).get("seq").asLong() - 1, second.get("entries").get(0).get("seq").asLong());
    }
}
