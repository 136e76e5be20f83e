package io.telesim.simulator.web.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.number.PartyNumber;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.clock.ManualClock;
import io.telesim.simulator.serve.CommandIds;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** The statement page: the filter, the totals, paging by links, errors in words, both languages. */
class StatementPagesTest {

    private static final long ANNA = WebFixture.FIRST;
    private static final String DAY = "from=2026-05-14&to=2026-05-14";

    @TempDir
    static Path data;
    private static WebFixture fixture;
    private static ApiClient anna;

    @BeforeAll
    static void start() throws Exception {
        ManualClock clock = new ManualClock(OffsetDateTime.parse("2026-05-14T10:00:00+03:00").toInstant().toEpochMilli());
        fixture = WebFixture.start(1, data, clock);
        CommandIds ids = new CommandIds('T');
        for (int i = 0; i < 5; i++) {
            clock.advance(60_000);
            fixture.operator().engine().call(new Command().set(CommandType.CHARGE_SMS, ids.next(), ANNA)
                    .other(PartyNumber.parse("+79031234567")).amount(1)).get();
        }
        anna = fixture.loggedIn(ANNA);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void thePageShowsTotalsLinesAndLinksInEnglishAndRussian() throws Exception {
        var english = anna.get("/account/" + ANNA + "/statement?" + DAY + "&lang=en");
        assertEquals(200, english.status(), english.body());
        String page = english.body();
        assertTrue(page.contains("id=\"statement-totals\""), page);
        assertTrue(page.contains("Totals for 14.05.2026 – 14.05.2026"));
        assertTrue(page.contains("79031234567"), "the other number");
        assertTrue(page.contains("id=\"csv-link\" href=\"/api/numbers/" + ANNA + "/statement/csv?" + DAY.replace("&", "&amp;") + "\""), page);
        assertTrue(page.contains("id=\"print-link\""));
        assertTrue(page.contains("data-api=\"/api/numbers/" + ANNA + "/statement/email\""));
        assertFalse(page.contains("[statement."), "every text is there");
        var russian = anna.get("/account/" + ANNA + "/statement?" + DAY + "&lang=ru");
        assertEquals(200, russian.status());
        assertTrue(russian.body().contains("Итоги за 14.05.2026 – 14.05.2026"));
        assertTrue(russian.body().contains("Отправить на e-mail"));
        assertFalse(russian.body().contains("[statement."));
        assertFalse(russian.body().contains("[numbers."));
    }

    @Test
    void nextAndPreviousLinksWalkThePagesBothWays() throws Exception {
        String first = anna.get("/account/" + ANNA + "/statement?" + DAY + "&pageSize=2&lang=en").body();
        assertNull(link(first, "previous-page"), "the first page has no previous one");
        String second = anna.get(link(first, "next-page")).body();
        String third = anna.get(link(second, "next-page")).body();
        assertNotNull(link(third, "first-page"));
        String backToSecond = anna.get(link(third, "previous-page")).body();
        assertEquals(lines(second), lines(backToSecond));
        String backToFirst = anna.get(link(backToSecond, "previous-page")).body();
        assertEquals(lines(first), lines(backToFirst));
        assertFalse(lines(first).equals(lines(second)));
    }

    @Test
    void badDatesShowTheFormAgainWithTheReasonAsA400() throws Exception {
        var reversed = anna.get("/account/" + ANNA + "/statement?from=2026-05-15&to=2026-05-14&lang=en");
        assertEquals(400, reversed.status());
        assertTrue(reversed.body().contains("The start date must not be after the end date."), reversed.body());
        assertTrue(reversed.body().contains("value=\"2026-05-15\""), "the form keeps what was sent");
        var garbled = anna.get("/account/" + ANNA + "/statement?from=someday&lang=ru");
        assertEquals(400, garbled.status());
        assertTrue(garbled.body().contains("Введите даты в виде 2026-05-01."));
    }

    @Test
    void anOperatorInMemoryKeepsNoStatementsAndSaysSo() throws Exception {
        try (WebFixture memory = WebFixture.start(1)) {
            ApiClient client = memory.loggedIn(WebFixture.FIRST);
            var api = client.get("/api/numbers/" + WebFixture.FIRST + "/statement");
            assertEquals(503, api.status());
            assertEquals("statements_unavailable", api.json().get("code").asText());
            var page = client.get("/account/" + WebFixture.FIRST + "/statement?lang=en");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("id=\"statement-unavailable\""), page.body());
        }
    }

    /** The href of the link with {@code id}, unescaped, or null. */
    private static String link(String page, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\"").matcher(page);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
    }

    private static String lines(String page) {
        int start = page.indexOf("id=\"statement-lines\"");
        return page.substring(start, page.indexOf("</table>", start));
    }
}
