package io.telesim.simulator.web.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.UsageKind;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.clock.ManualClock;
import io.telesim.simulator.serve.CommandIds;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;
import io.telesim.simulator.web.mail.Outbox;
import io.telesim.simulator.web.mail.OutboxMessage;

/** F7 over the API with a real HTTP client: lines made through the engine, paging, kinds, dates, CSV, e-mail, who may read. */
class StatementApiTest {

    private static final long ANNA = WebFixture.FIRST;
    private static final long BORIS = WebFixture.FIRST + 1;
    private static final long VERA = WebFixture.FIRST + 2;
    private static final long GLEB = WebFixture.FIRST + 3;
    private static final String ABROAD = "+442071234567";
    /** Thursday 14 May 2026, 10:00 in Moscow: the operator's clock, moved by the tests. */
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-05-14T10:00:00+03:00");
    private static final String DAY = "from=2026-05-14&to=2026-05-14";

    @TempDir
    static Path data;
    private static ManualClock clock;
    private static WebFixture fixture;
    private static final CommandIds IDS = new CommandIds('T');
    private static ReplySnapshot annaCall;
    private static ReplySnapshot annaSms;
    private static ApiClient anna;
    private static ApiClient boris;
    private static ApiClient vera;
    private static ApiClient gleb;

    @BeforeAll
    static void start() throws Exception {
        clock = new ManualClock(START.toInstant().toEpochMilli());
        fixture = WebFixture.start(4, data, clock);
        clock.advance(60_000);
        annaCall = usage(CommandType.CHARGE_SESSION, ANNA, UsageKind.VOICE.ordinal(), 65);
        clock.advance(60_000);
        annaSms = usage(CommandType.CHARGE_SMS, ANNA, 0, 1);
        for (int i = 0; i < 7; i++) {
            clock.advance(60_000);
            usage(CommandType.CHARGE_SMS, VERA, 0, 1);
        }
        anna = fixture.loggedIn(ANNA);
        boris = fixture.loggedIn(BORIS);
        vera = fixture.loggedIn(VERA);
        gleb = fixture.loggedIn(GLEB);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static ReplySnapshot usage(CommandType type, long msisdn, int item, long amount) throws Exception {
        ReplySnapshot reply = fixture.operator().engine().call(new Command().set(type, IDS.next(), msisdn).item(item)
                .other(PartyNumber.parse(ABROAD)).amount(amount)).get();
        assertEquals("OK", reply.outcome().name(), "the engine charged " + type);
        return reply;
    }

    @Test
    void aChargedCallAndSmsMadeThroughTheEngineAppearWithTheirCost() throws Exception {
        var reply = anna.get("/api/numbers/" + ANNA + "/statement?" + DAY);
        assertEquals(200, reply.status(), reply.body());
        JsonNode lines = reply.json().get("lines");
        JsonNode call = find(lines, "voice");
        assertEquals(ABROAD, call.get("otherNumber").asText());
        assertEquals(65, call.get("units").asLong());
        assertEquals("seconds", call.get("unit").asText());
        assertEquals("outgoing", call.get("direction").asText());
        assertEquals(-annaCall.usageMoney(), call.get("amount").asLong());
        assertTrue(annaCall.usageMoney() > 0, "a call abroad costs money");
        assertEquals(annaCall.time(), call.get("time").asLong());
        assertEquals("2026-05-14T10:01:00+03:00", call.get("timeText").asText());
        JsonNode sms = find(lines, "sms");
        assertEquals(-annaSms.usageMoney(), sms.get("amount").asLong());
        assertEquals(annaSms.balance(), sms.get("balanceAfter").asLong());
        assertEquals("money", find(lines, "opening_balance").get("kind").asText());
        assertEquals("sms", lines.get(0).get("type").asText(), "newest first");

        JsonNode fee = find(lines, "tariff_fee");
        assertEquals("Smart", fee.get("item").asText(), "the month's fee of the tariff, charged when connected");
        long sum = 0;
        for (JsonNode line : lines) {
            sum += line.get("amount").asLong();
        }
        assertEquals(annaSms.balance(), sum, "every kopeck of the balance is in the statement");

        JsonNode totals = reply.json().get("totals");
        assertEquals(4, totals.get("lines").asLong());
        assertEquals(annaCall.usageMoney() + annaSms.usageMoney() - fee.get("amount").asLong(), totals.get("charged").asLong());
        assertEquals(WebFixture.OPENING_BALANCE, totals.get("credited").asLong());
        assertEquals(2, kindTotal(totals, "money").get("lines").asLong());
        JsonNode calls = kindTotal(totals, "calls");
        assertEquals(1, calls.get("lines").asLong());
        assertEquals(65, calls.get("units").asLong());
        assertEquals(-annaCall.usageMoney(), calls.get("amount").asLong());
        assertEquals(0, kindTotal(totals, "data").get("lines").asLong());
    }

    @Test
    void pagesFollowTheCursorNewestFirstAndEveryLineOnce() throws Exception {
        List<Long> times = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = "-1";
        int pages = 0;
        long total = -1;
        while (cursor != null) {
            var page = vera.get("/api/numbers/" + VERA + "/statement?" + DAY + "&pageSize=3&cursor=" + cursor).json();
            assertTrue(page.get("lines").size() <= 3);
            total = page.get("totals").get("lines").asLong();
            for (JsonNode line : page.get("lines")) {
                times.add(line.get("time").asLong());
                assertTrue(seen.add(line.toString()), "a line shows once");
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        }
        assertEquals(9, total, "7 SMS, the opening balance and the month's fee");
        assertEquals(total, times.size());
        assertEquals(3, pages);
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i - 1) >= times.get(i), "newest first: " + times);
        }
    }

    @Test
    void aCursorOfAnotherStatementOrNotANumberIsA400() throws Exception {
        long cursor = vera.get("/api/numbers/" + VERA + "/statement?" + DAY + "&pageSize=1").json().get("nextCursor").asLong();
        var foreign = anna.get("/api/numbers/" + ANNA + "/statement?" + DAY + "&pageSize=1&cursor=" + cursor);
        assertEquals(400, foreign.status(), foreign.body());
        assertEquals("bad_cursor", foreign.json().get("code").asText());
        assertEquals(400, anna.get("/api/numbers/" + ANNA + "/statement?cursor=next").status());
        assertEquals(400, anna.get("/api/numbers/" + ANNA + "/statement?cursor=" + (cursor + 1_000_000_000L)).status());
        assertEquals(400, anna.get("/api/numbers/" + ANNA + "/statement?cursor=-7").status());
        assertEquals(400, anna.get("/api/numbers/" + ANNA + "/statement?pageSize=0").status());
        assertEquals(400, anna.get("/api/numbers/" + ANNA + "/statement?pageSize=501").status());
    }

    @Test
    void theKindFilterShowsOnlyThatKind() throws Exception {
        JsonNode sms = anna.get("/api/numbers/" + ANNA + "/statement?" + DAY + "&kind=sms").json();
        assertEquals(1, sms.get("lines").size());
        assertEquals("sms", sms.get("lines").get(0).get("kind").asText());
        assertEquals(4, sms.get("totals").get("lines").asLong(), "totals cover every kind");
        JsonNode money = anna.get("/api/numbers/" + ANNA + "/statement?" + DAY + "&kind=money").json();
        assertEquals(2, money.get("lines").size());
        for (JsonNode line : money.get("lines")) {
            assertEquals("money", line.get("kind").asText());
        }
        assertEquals(1, anna.get("/api/numbers/" + ANNA + "/statement?" + DAY + "&kind=calls").json().get("lines").size());
        assertEquals(0, anna.get("/api/numbers/" + ANNA + "/statement?" + DAY + "&kind=data").json().get("lines").size());
        var unknown = anna.get("/api/numbers/" + ANNA + "/statement?" + DAY + "&kind=faxes");
        assertEquals(400, unknown.status());
        assertEquals("bad_kind", unknown.json().get("code").asText());
    }

    @Test
    void badPeriodsAre400sThatSayWhy() throws Exception {
        String api = "/api/numbers/" + ANNA + "/statement?";
        assertEquals("bad_date", anna.get(api + "from=2026-13-01&to=2026-05-14").json().get("code").asText());
        assertEquals("bad_date", anna.get(api + "from=yesterday").json().get("code").asText());
        var order = anna.get(api + "from=2026-05-15&to=2026-05-14");
        assertEquals(400, order.status());
        assertEquals("period_order", order.json().get("code").asText());
        var tooLong = anna.get(api + "from=2025-05-13&to=2026-05-14");
        assertEquals(400, tooLong.status());
        assertEquals("period_too_long", tooLong.json().get("code").asText());
        assertTrue(tooLong.json().get("error").asText().contains("366"), tooLong.body());
        assertEquals(200, anna.get(api + "from=2025-05-14&to=2026-05-14").status(), "a whole year is allowed");
        assertEquals(400, anna.get("/api/numbers/" + ANNA + "/statement/csv?from=2026-05-15&to=2026-05-14").status());
    }

    @Test
    void withoutDatesTheStatementRunsFromTheFirstOfTheMonthToTodayOnTheOperatorsClock() throws Exception {
        JsonNode page = anna.get("/api/numbers/" + ANNA + "/statement").json();
        assertEquals("2026-05-01", page.get("from").asText());
        assertEquals("2026-05-14", page.get("to").asText());
        assertEquals(4, page.get("lines").size());
    }

    @Test
    void theCsvDownloadHasAHeaderAndEveryLine() throws Exception {
        var csv = anna.get("/api/numbers/" + ANNA + "/statement/csv?" + DAY);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertEquals("attachment; filename=statement-" + ANNA + "-2026-05-14-2026-05-14.csv", csv.header("Content-Disposition"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("time,number,kind,direction,other_party"), lines[0]);
        assertEquals(5, lines.length, "the header and four lines");
        assertTrue(lines[1].contains(",SMS,") && lines[1].contains(ABROAD), lines[1]);
        assertTrue(lines[2].contains(",call,") && lines[2].contains(",65,seconds,"), lines[2]);
        assertTrue(lines[3].contains("tariff fee"), lines[3]);
        assertTrue(lines[4].contains("opening balance") && lines[4].contains("," + io.telesim.billing.money.Money.plain(WebFixture.OPENING_BALANCE) + ","), lines[4]);
    }

    @Test
    void emailPutsTheCsvIntoTheLocalOutbox() throws Exception {
        clock.advance(60_000);
        usage(CommandType.CHARGE_SMS, GLEB, 0, 2);
        var sent = gleb.post("/api/numbers/" + GLEB + "/statement/email",
                "{\"email\":\" gleb@example.com \",\"from\":\"2026-05-14\",\"to\":\"2026-05-14\"}");
        assertEquals(202, sent.status(), sent.body());
        assertEquals(3, sent.json().get("lines").asLong(), "the SMS, the opening balance and the month's fee");

        Outbox outbox = new Outbox(fixture.operator().webStore(), System::currentTimeMillis);
        OutboxMessage message = outbox.get(sent.json().get("id").asText()).orElseThrow();
        assertEquals("gleb@example.com", message.to());
        assertTrue(message.subject().contains(Long.toString(GLEB)), message.subject());
        assertEquals("statement-" + GLEB + "-2026-05-14-2026-05-14.csv", message.attachmentName());
        assertTrue(message.attachmentType().startsWith("text/csv"));
        assertEquals(gleb.get("/api/numbers/" + GLEB + "/statement/csv?" + DAY).body(), message.attachment());
        assertTrue(message.body().contains("(3 lines)"), message.body());
        assertEquals(message.id(), outbox.list(1).get(0).id(), "the newest first");
    }

    @Test
    void aBadAddressIsA400AndPutsNothingIntoTheOutbox() throws Exception {
        Outbox outbox = new Outbox(fixture.operator().webStore(), System::currentTimeMillis);
        int before = outbox.list(1_000).size();
        for (String address : new String[] {"boris@", "boris example.com", "boris@example", "boris@example.com\\r\\nBcc: x@y.org", ""}) {
            var reply = boris.post("/api/numbers/" + BORIS + "/statement/email",
                    "{\"email\":\"" + address + "\",\"from\":\"2026-05-14\",\"to\":\"2026-05-14\"}");
            assertEquals(400, reply.status(), address + ": " + reply.body());
            assertEquals("bad_email", reply.json().get("code").asText());
        }
        var badPeriod = boris.post("/api/numbers/" + BORIS + "/statement/email",
                "{\"email\":\"boris@example.com\",\"from\":\"2026-05-15\",\"to\":\"2026-05-14\"}");
        assertEquals(400, badPeriod.status());
        assertEquals(before, outbox.list(1_000).size());
    }

    @Test
    void anotherSubscribersStatementIsForbidden() throws Exception {
        assertEquals(403, anna.get("/api/numbers/" + BORIS + "/statement?" + DAY).status());
        assertEquals(403, anna.get("/api/numbers/" + BORIS + "/statement/csv?" + DAY).status());
        assertEquals(403, anna.post("/api/numbers/" + BORIS + "/statement/email",
                "{\"email\":\"anna@example.com\",\"from\":\"2026-05-14\",\"to\":\"2026-05-14\"}").status());
        assertEquals(403, anna.get("/account/" + BORIS + "/statement").status());
        assertEquals(403, anna.get("/account/" + BORIS + "/statement/print?" + DAY).status());
        assertEquals(401, fixture.client().get("/api/numbers/" + ANNA + "/statement").status());
        assertEquals(401, fixture.client().get("/api/numbers/" + ANNA + "/statement/csv").status());
        assertNotEquals(200, fixture.client().get("/account/" + ANNA + "/statement").status());
    }

    @Test
    void thePrintablePageShowsTheLinesAndTheTotalsPerKindInBothLanguages() throws Exception {
        var english = anna.get("/account/" + ANNA + "/statement/print?" + DAY + "&lang=en");
        assertEquals(200, english.status(), english.body());
        String page = english.body();
        assertTrue(page.contains("Totals for 14.05.2026 – 14.05.2026"), page);
        assertTrue(page.contains("id=\"total-calls\""), page);
        assertTrue(page.contains(io.telesim.billing.money.Money.format(-annaCall.usageMoney())), "the call's cost");
        assertTrue(page.contains("1 min 5 s"), "the call's duration");
        assertTrue(page.contains(ABROAD));
        String charged = anna.get("/api/numbers/" + ANNA + "/statement?" + DAY).json().get("totals").get("chargedText").asText();
        assertTrue(page.contains("id=\"total-charged\">" + charged), "charged in all: " + charged);
        assertFalse(page.contains("[statement."), "every text is there");
        var russian = anna.get("/account/" + ANNA + "/statement/print?" + DAY + "&lang=ru");
        assertTrue(russian.body().contains("Итоги за 14.05.2026 – 14.05.2026"), russian.body());
        assertTrue(russian.body().contains("Звонок"));
        assertFalse(russian.body().contains("[statement."));
    }

    private static JsonNode find(JsonNode lines, String type) {
        for (JsonNode line : lines) {
            if (line.get("type").asText().equals(type)) {
                return line;
            }
        }
        throw new AssertionError("no " + type + " line in " + lines);
    }

    private static JsonNode kindTotal(JsonNode totals, String kind) {
        for (JsonNode total : totals.get("kinds")) {
            if (total.get("kind").asText().equals(kind)) {
                return total;
            }
        }
        throw new AssertionError("no total of " + kind + " in " + totals);
    }
}
