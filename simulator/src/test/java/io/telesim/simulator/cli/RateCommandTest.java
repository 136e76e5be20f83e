package io.telesim.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code telesim rate} on the fixture in {@code src/test/resources/rate}: three subscribers of the default
 * catalog, provisioned on 10 March 2025 (22 of 31 days left, so monthly fees and bundles are prorated).
 */
class RateCommandTest {

    private static final String SUBSCRIBERS_HEADER = "msisdn,tariff,balance_rub";
    private static final String EVENTS_HEADER = "event_id,type,from,to,start,amount";
    private static final String GOOD_SUBSCRIBER = "+7 916 000-00-01,smart,600.00";
    private static final String GOOD_EVENT = "e1,voice,+7 916 000-00-01,+7 903 123-45-67,2025-03-10T09:05:00,125";

    @TempDir
    Path dir;

    @Test
    void shouldPrintBalancesBundlesAndTotalsPerNumber() throws Exception {
        CliRun run = CliRun.of("rate", "--subscribers", fixture("subscribers.csv"), "--events", fixture("events.csv"));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(CliRun.lines(
                "Rated 10 events of 3 numbers from 2025-03-10 09:05:00 to 2025-03-11 12:00:00 (+03:00), catalog: Telesim default catalog",
                "",
                "Balances and bundles left at 2025-03-11 12:00:00",
                "Number            Tariff  Status   Opening   Balance  Minutes left  SMS left  MB left  Points  Bundles of",
                "----------------  ------  ------  --------  --------  ------------  --------  -------  ------  ----------",
                "+7 916 000-00-01  smart   active  600.00 ₽  139.67 ₽       351 min       352  14533.1      14  own",
                "+7 916 000-00-02  payg    active   10.00 ₽    0.00 ₽         0 min         0      0.0       2  own",
                "+7 916 000-00-03  daily   active   50.00 ₽   18.00 ₽       283 min        70   7262.0       0  own",
                "",
                "Events and charges per number",
                "Number            Events  Rated  Cut short  Refused    Calls     SMS    Data  Tariff fees  Service fees  Other fees  Total charged",
                "----------------  ------  -----  ---------  -------  -------  ------  ------  -----------  ------------  ----------  -------------",
                "+7 916 000-00-01       4      4          0        0  70.00 ₽  0.00 ₽  0.00 ₽     390.33 ₽        0.00 ₽      0.00 ₽       460.33 ₽",
                "+7 916 000-00-02       3      2          1        1  10.00 ₽  0.00 ₽  0.00 ₽       0.00 ₽        0.00 ₽      0.00 ₽        10.00 ₽",
                "+7 916 000-00-03       3      2          0        1   0.00 ₽  0.00 ₽  0.00 ₽      32.00 ₽        0.00 ₽      0.00 ₽        32.00 ₽",
                "Total                 10      8          1        2  80.00 ₽  0.00 ₽  0.00 ₽     422.33 ₽        0.00 ₽      0.00 ₽       502.33 ₽",
                "",
                "Refused events",
                "Number            Why                                         Events",
                "----------------  ------------------------------------------  ------",
                "+7 916 000-00-02  not enough money on the balance                  1",
                "+7 916 000-00-03  the tariff does not allow this destination       1"), run.out());
    }

    @Test
    void shouldPrintOneNumbersStatementWithFeesAndEveryEvent() throws Exception {
        CliRun run = CliRun.of("rate", "--subscribers", fixture("subscribers.csv"), "--events", fixture("events.csv"),
                "--statement", "+7 (916) 000-00-01");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(CliRun.lines(
                "Statement of +7 916 000-00-01 (tariff smart) from 2025-03-10 09:05:00 to 2025-03-11 12:00:00 (+03:00)",
                "Time                 Event  Type                Other party       Class            Usage  From bundle      Money   Balance  Note",
                "-------------------  -----  ------------------  ----------------  -------------  -------  -----------  ---------  --------  ----",
                "2025-03-10 09:05:00         opening balance                                                            +600.00 ₽  600.00 ₽",
                "2025-03-10 09:05:00         tariff fee (smart)                                                         -390.33 ₽  209.67 ₽",
                "2025-03-10 09:05:00  e1     call                +7 903 123-45-67  off-net           2:05         3:00     0.00 ₽  209.67 ₽",
                "2025-03-10 09:10:00  e2     SMS                 +7 921 555-00-00  on-net           2 SMS        2 SMS     0.00 ₽  209.67 ₽",
                "2025-03-10 09:30:00  e3     data                internet                         1.00 MB      1.07 MB     0.00 ₽  209.67 ₽",
                "2025-03-11 12:00:00  e10    call                +442071234567     international     1:01         0:00   -70.00 ₽  139.67 ₽",
                "",
                "Opening balance 600.00 ₽, charged 460.33 ₽, balance 139.67 ₽; 4 events rated (0 cut short), 0 refused"), run.out());
    }

    @Test
    void shouldShowACallCutShortAndARefusalInTheStatement() throws Exception {
        CliRun run = CliRun.of("rate", "--subscribers", fixture("subscribers.csv"), "--events", fixture("events.csv"),
                "--statement", "89160000002");

        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\\R");
        assertEquals("2025-03-10 10:00:00  e4     call             +7 495 111-22-33  off-net       4:00         0:00  -10.00 ₽   0.00 ₽  "
                + "cut short: 5:00 asked, bundles and balance paid for 4:00", lines[4]);
        assertEquals("2025-03-10 10:06:00  e6     SMS              +7 903 000-00-00  off-net                                     0.00 ₽  "
                + "refused: not enough money on the balance", lines[6]);
    }

    @Test
    void shouldRefuseAStatementOfANumberThatIsNotASubscriber() throws Exception {
        CliRun run = CliRun.of("rate", "--subscribers", fixture("subscribers.csv"), "--events", fixture("events.csv"),
                "--statement", "+7 916 000-00-09");

        assertEquals(2, run.exitCode());
        assertEquals(CliRun.lines("--statement: +7 916 000-00-09 is not in " + fixture("subscribers.csv")), run.err());
    }

    @Test
    void shouldNameTheLineOfABadSubscribersHeader() throws IOException {
        assertSubscribersError(":1: expected the header 'msisdn,tariff,balance_rub', got 'msisdn,plan,balance_rub'",
                "msisdn,plan,balance_rub", GOOD_SUBSCRIBER);
    }

    @Test
    void shouldNameTheLineOfABadNumber() throws IOException {
        assertSubscribersError(":3: msisdn: '+7 916 00O-00-02' is not a phone number: unexpected character 'O'",
                SUBSCRIBERS_HEADER, GOOD_SUBSCRIBER, "+7 916 00O-00-02,smart,10.00");
        assertSubscribersError(":2: msisdn: '+7 916 000-00' is not a Russian number: expected 11 digits starting with +7, 7 or 8 (got 9 digits)",
                SUBSCRIBERS_HEADER, "+7 916 000-00,smart,10.00");
        assertSubscribersError(":2: msisdn: +7 903 000-00-01 is not a number of our network (see the numbering plan in 'telesim catalog')",
                SUBSCRIBERS_HEADER, "+7 903 000-00-01,smart,10.00");
        assertSubscribersError(":3: msisdn: +7 916 000-00-01 is listed twice (first on line 2)",
                SUBSCRIBERS_HEADER, GOOD_SUBSCRIBER, "89160000001,payg,1.00");
    }

    @Test
    void shouldNameTheLineOfAnUnknownTariffAndListTheKnownOnes() throws IOException {
        assertSubscribersError(":3: tariff: unknown tariff 'gold'; known tariffs: payg, smart, family, home, daily",
                SUBSCRIBERS_HEADER, GOOD_SUBSCRIBER, "+7 916 000-00-02,gold,10.00");
    }

    @Test
    void shouldNameTheLineOfABadOrNegativeBalance() throws IOException {
        assertSubscribersError(":2: balance_rub: -5.00 ₽ is negative; an opening balance is 0.00 or more",
                SUBSCRIBERS_HEADER, "+7 916 000-00-01,smart,-5.00");
        assertSubscribersError(":2: balance_rub: '1O0.00' is not an amount in roubles like 123.45: unexpected character 'O'",
                SUBSCRIBERS_HEADER, "+7 916 000-00-01,smart,1O0.00");
    }

    @Test
    void shouldNameTheLineOfABadEventsHeaderOrFieldCount() throws IOException {
        assertEventsError(":1: expected the header 'event_id,type,from,to,start,amount', got 'id,type,from,to,start,amount'",
                "id,type,from,to,start,amount", GOOD_EVENT);
        assertEventsError(":3: expected 6 fields (event_id,type,from,to,start,amount), got 5",
                EVENTS_HEADER, GOOD_EVENT, "e2,sms,+7 916 000-00-01,+7 903 123-45-67,2025-03-10T09:05:00");
    }

    @Test
    void shouldNameTheLineOfABadType() throws IOException {
        assertEventsError(":3: type: 'mms' is not one of voice, sms, data",
                EVENTS_HEADER, GOOD_EVENT, "e2,mms,+7 916 000-00-01,+7 903 123-45-67,2025-03-10T09:05:00,1");
    }

    @Test
    void shouldNameTheLineOfABadAmount() throws IOException {
        assertEventsError(":2: amount: -30 is negative; give the call's seconds, at least 1",
                EVENTS_HEADER, "e1,voice,+7 916 000-00-01,+7 903 123-45-67,2025-03-10T09:05:00,-30");
        assertEventsError(":2: amount: is 0; give the SMS's segments, at least 1",
                EVENTS_HEADER, "e1,sms,+7 916 000-00-01,+7 903 123-45-67,2025-03-10T09:05:00,0");
        assertEventsError(":2: amount: '1.5' is not a whole number of bytes",
                EVENTS_HEADER, "e1,data,+7 916 000-00-01,internet,2025-03-10T09:05:00,1.5");
    }

    @Test
    void shouldNameTheLineOfABadTime() throws IOException {
        assertEventsError(":2: start: '2025-02-30T10:00:00' is not an ISO-8601 time like 2025-03-01T09:30:00 or 2025-03-01T09:30:00+03:00",
                EVENTS_HEADER, "e1,voice,+7 916 000-00-01,+7 903 123-45-67,2025-02-30T10:00:00,60");
        assertEventsError(":2: start: '10.03.2025 10:00' is not an ISO-8601 time like 2025-03-01T09:30:00 or 2025-03-01T09:30:00+03:00",
                EVENTS_HEADER, "e1,voice,+7 916 000-00-01,+7 903 123-45-67,10.03.2025 10:00,60");
    }

    @Test
    void shouldNameTheLineOfADuplicateEventId() throws IOException {
        assertEventsError(":4: event_id: 'e1' is used twice (first on line 2)",
                EVENTS_HEADER, GOOD_EVENT, "e2,sms,+7 916 000-00-01,+7 903 123-45-67,2025-03-10T09:06:00,1",
                "e1,sms,+7 916 000-00-01,+7 903 123-45-67,2025-03-10T09:07:00,1");
    }

    @Test
    void shouldNameTheLineOfAnEventFromOrToABadNumber() throws IOException {
        assertEventsError(":2: from: +7 916 000-00-09 is not in " + dir.resolve("S.csv"),
                EVENTS_HEADER, "e1,voice,+7 916 000-00-09,+7 903 123-45-67,2025-03-10T09:05:00,60");
        assertEventsError(":2: to: '+7 903 12' is not a Russian number: expected 11 digits starting with +7, 7 or 8 (got 6 digits)",
                EVENTS_HEADER, "e1,voice,+7 916 000-00-01,+7 903 12,2025-03-10T09:05:00,60");
    }

    @Test
    void shouldReportAMissingFile() {
        CliRun run = CliRun.of("rate", "--subscribers", "no-such.csv", "--events", "no-events.csv");

        assertEquals(2, run.exitCode());
        assertEquals(CliRun.lines("no-such.csv: no such file"), run.err());
    }

    @Test
    void shouldReportAMissingOptionWithoutAStackTrace() {
        CliRun run = CliRun.of("rate", "--subscribers", "s.csv");

        assertEquals(2, run.exitCode());
        assertEquals(CliRun.lines("Missing required option: '--events=E.csv'", "See 'telesim rate --help'."), run.err());
    }

    private void assertSubscribersError(String expected, String... subscriberLines) throws IOException {
        Path subscribers = write("S.csv", subscriberLines);
        Path events = write("E.csv", EVENTS_HEADER, GOOD_EVENT);
        assertFails(subscribers + expected, subscribers, events);
    }

    private void assertEventsError(String expected, String... eventLines) throws IOException {
        Path subscribers = write("S.csv", SUBSCRIBERS_HEADER, GOOD_SUBSCRIBER);
        Path events = write("E.csv", eventLines);
        assertFails(events + expected, subscribers, events);
    }

    private static void assertFails(String expected, Path subscribers, Path events) {
        CliRun run = CliRun.of("rate", "--subscribers", subscribers.toString(), "--events", events.toString());

        assertEquals(2, run.exitCode(), run.out());
        assertEquals("", run.out());
        assertEquals(CliRun.lines(expected), run.err());
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(RateCommandTest.class.getResource("/rate/" + name).toURI()).toString();
    }
}
