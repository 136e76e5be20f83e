package io.telesim.simulator.web.business;

import static io.telesim.simulator.web.business.BusinessFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.engine.clock.ManualClock;

/**
 * Invoices go out on their own: once a month has ended on the operator's clock, every billing account with an invoice
 * address gets that month's invoice, once, and no invoice comes for a month that ended before the company existed.
 */
class MonthlyInvoicesTest {

    private static final OffsetDateTime NOVEMBER_20 = OffsetDateTime.parse("2026-11-20T12:00:00+03:00");

    @TempDir
    Path data;

    @Test
    void aMonthThatEndedIsInvoicedOnceWithoutTheOperatorAsking() throws Exception {
        ManualClock clock = new ManualClock(NOVEMBER_20.toInstant().toEpochMilli());
        try (BusinessFixture fixture = BusinessFixture.start(40, data, clock)) {
            ok(fixture.user(BusinessFixture.ADMIN).put(fixture.api("/accounts/a1"), "{\"invoiceEmail\":\"accounts@test-logistics.ru\"}"), 200);
            ok(fixture.admin("POST", "/admin/usage/call", "{\"eventId\":1,\"number\":\"" + BusinessFixture.MOSCOW_FIRST
                    + "\",\"to\":\"79031234567\",\"seconds\":600}"), 200);
            long november = ok(fixture.user(BusinessFixture.ADMIN).get(fixture.api("/accounts/a1/invoice?month=2026-11")), 200).get("amount").asLong();
            assertTrue(november > 0, "the call cost money");

            Thread.sleep(6_000); // a check of the timer's while October, before the company, is the month that ended
            assertEquals(List.of(), invoices(fixture), "no invoice for a month that ended before the company existed");

            clock.set(NOVEMBER_20.plusDays(11).toInstant().toEpochMilli());
            List<JsonNode> sent = awaitInvoices(fixture, 1);
            assertEquals(1, sent.size(), sent.toString());
            assertEquals("Invoice 2026-11 · Test Logistics", sent.get(0).get("subject").asText());
            assertEquals("accounts@test-logistics.ru", sent.get(0).get("to").asText());
            assertTrue(sent.get(0).get("attachment").asText().endsWith(",2026-11," + 2 * BusinessFixture.PER_BRANCH + "," + november + "\n"),
                    sent.get(0).toString());

            Thread.sleep(6_000);
            assertEquals(1, invoices(fixture).size(), "a month is invoiced once");
        }
    }

    private static List<JsonNode> awaitInvoices(BusinessFixture fixture, int count) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        List<JsonNode> sent = invoices(fixture);
        while (sent.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            sent = invoices(fixture);
        }
        return sent;
    }

    private static List<JsonNode> invoices(BusinessFixture fixture) throws Exception {
        List<JsonNode> invoices = new ArrayList<>();
        for (JsonNode message : ok(fixture.admin("GET", "/admin/outbox", null), 200).get("messages")) {
            if (message.get("subject").asText().startsWith("Invoice ")) {
                invoices.add(message);
            }
        }
        return invoices;
    }
}
