package io.telesim.simulator.web.business;

import static io.telesim.simulator.web.business.BusinessFixture.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/**
 * C4 reports on an operator that keeps statements: usage and spending by branch and number, as JSON and CSV; a billing
 * account's monthly invoice, and invoices sent to the invoice address through the outbox.
 */
class BusinessReportsTest {

    @TempDir
    static Path data;
    private static BusinessFixture fixture;
    private static ApiClient admin;

    @BeforeAll
    static void start() throws Exception {
        fixture = BusinessFixture.start(40, data);
        admin = fixture.user(BusinessFixture.ADMIN);
        ok(fixture.admin("POST", "/admin/usage/call", "{\"eventId\":1,\"number\":\"" + BusinessFixture.MOSCOW_FIRST + "\",\"to\":\"79031234567\","
                + "\"seconds\":600}"), 200);
        ok(fixture.admin("POST", "/admin/usage/sms", "{\"eventId\":2,\"number\":\"" + BusinessFixture.SPB_FIRST + "\",\"to\":\"79031234567\"}"), 200);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (row.get(field).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " " + value + " in " + rows);
    }

    @Test
    void theUsageReportAddsUpNumbersByBranch() throws Exception {
        JsonNode report = ok(admin.get(fixture.api("/reports/usage")), 200);

        JsonNode moscow = row(report.get("branches"), "branchId", fixture.moscow);
        JsonNode spb = row(report.get("branches"), "branchId", fixture.spb);
        assertEquals(600, moscow.get("voiceSeconds").asLong());
        assertEquals(1, spb.get("sms").asLong());
        assertEquals(BusinessFixture.PER_BRANCH, moscow.get("numbers").asLong());
        assertEquals("Test Logistics / Moscow", moscow.get("branchPath").asText());
        JsonNode number = row(report.get("numbers"), "number", Long.toString(BusinessFixture.MOSCOW_FIRST));
        // Every kopeck: the opening balance credited, minus what was charged, is the balance now.
        assertEquals(WebFixture.OPENING_BALANCE, number.get("credited").asLong());
        assertEquals(WebFixture.OPENING_BALANCE - fixture.balance(BusinessFixture.MOSCOW_FIRST), number.get("charged").asLong());
        long sum = 0;
        for (JsonNode each : report.get("numbers")) {
            sum += each.get("charged").asLong();
        }
        assertEquals(sum, report.get("total").get("charged").asLong());
    }

    @Test
    void theReportsPageShowsTheBranchesAndLinksTheCsv() throws Exception {
        ApiClient.Reply page = admin.get("/business/" + fixture.company + "/reports?lang=en");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"report-branch-" + fixture.moscow + "\""), page.body());
        assertTrue(page.body().contains("id=\"report-number-" + BusinessFixture.SPB_FIRST + "\""));
        assertTrue(page.body().contains("id=\"report-csv\""));
    }

    @Test
    void aBranchLimitedUserReportsOnTheirBranchOnlyAndCsvHasARowPerNumber() throws Exception {
        ApiClient finance = fixture.addUser(WebFixture.FIRST + 7, "finance", fixture.moscow);
        JsonNode report = ok(finance.get(fixture.api("/reports/usage")), 200);
        assertEquals(1, report.get("branches").size());
        assertEquals(BusinessFixture.PER_BRANCH, report.get("numbers").size());

        String today = LocalDate.now(java.time.ZoneOffset.ofHours(3)).toString();
        ApiClient.Reply csv = finance.get(fixture.api("/reports/usage?format=csv&from=" + today + "&to=" + today));
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        String[] lines = csv.body().split("\n");
        assertEquals(1 + BusinessFixture.PER_BRANCH, lines.length);
        assertTrue(lines[1].startsWith(BusinessFixture.MOSCOW_FIRST + ",\"Test Logistics / Moscow\",600,"), lines[1]);
        assertEquals(404, finance.get(fixture.api("/reports/usage?branchId=" + fixture.spb)).status());
        assertEquals(400, finance.get(fixture.api("/reports/usage?from=yesterday")).status());
        ApiClient helpdesk = fixture.addUser(WebFixture.FIRST + 8, "helpdesk", null);
        assertEquals(403, helpdesk.get(fixture.api("/reports/usage")).status());
    }

    @Test
    void theMonthlyInvoiceIsTheSumOfTheMonthsChargesAndGoesToTheInvoiceAddress() throws Exception {
        String month = YearMonth.now(java.time.ZoneOffset.ofHours(3)).toString();
        JsonNode report = ok(admin.get(fixture.api("/reports/usage?from=" + month + "-01")), 200);
        JsonNode invoice = ok(admin.get(fixture.api("/accounts/a1/invoice?month=" + month)), 200);
        assertEquals(report.get("total").get("charged").asLong(), invoice.get("amount").asLong());
        assertEquals(2 * BusinessFixture.PER_BRANCH, invoice.get("numbers").asInt());

        assertEquals(400, admin.put(fixture.api("/accounts/a1"), "{\"invoiceEmail\":\"not an address\"}").status());
        ok(admin.put(fixture.api("/accounts/a1"), "{\"invoiceEmail\":\"accounts@test-logistics.ru\"}"), 200);
        JsonNode sent = ok(fixture.admin("POST", "/admin/companies/" + fixture.company + "/invoices", "{\"month\":\"" + month + "\"}"), 200);

        assertEquals(1, sent.size());
        assertEquals("accounts@test-logistics.ru", sent.get(0).get("to").asText());
        JsonNode mail = ok(fixture.admin("GET", "/admin/outbox/" + sent.get(0).get("messageId").asText(), null), 200);
        assertTrue(mail.get("body").asText().contains(invoice.get("amountText").asText()), mail.toString());
    }
}
