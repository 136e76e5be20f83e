package io.telesim.simulator.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** {@code GET /metrics} after some traffic: parseable text format 0.0.4 with the engine, SMPP, USSD and HTTP series. */
class MetricsEndpointTest {

    /** A sample line: a name, optional labels, a value. */
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[a-zA-Z_][a-zA-Z0-9_]*=\"[^\"]*\"(?:,[a-zA-Z_][a-zA-Z0-9_]*=\"[^\"]*\")*\\})?) "
                    + "(-?[0-9.]+(?:[eE][+-]?[0-9]+)?|NaN|[+-]Inf)");

    private static WebFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(2);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void afterSomeTrafficEverySeriesIsThereWithSaneValues() throws Exception {
        ApiClient client = fixture.client();
        String sms = "{\"eventId\": 42, \"number\": \"%d\", \"to\": \"%d\"}".formatted(WebFixture.FIRST, WebFixture.FIRST + 1);
        assertEquals(200, admin(client, "/admin/usage/sms", sms).status());
        assertEquals(200, admin(client, "/admin/usage/sms", sms).status(), "a retry");
        assertEquals(200, admin(client, "/admin/subscribers/" + WebFixture.FIRST, null).status());
        assertEquals(401, client.get("/admin/health").status());
        assertEquals(404, client.get("/no/such/page").status());
        long before = fixture.lastSmsId(WebFixture.FIRST);
        fixture.operator().senders().sendFrom("Telesim", WebFixture.FIRST, "metrics");
        fixture.awaitSms(WebFixture.FIRST, "Telesim", before);
        dialUssd("*100#");

        SMPPSession esme = new SMPPSession();
        esme.connectAndBind("127.0.0.1", fixture.operator().smppPort(), new BindParameter(BindType.BIND_TX, "demo", "demo", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        Map<String, Double> metrics;
        try {
            metrics = scrape(client);
        } finally {
            esme.unbindAndClose();
        }

        String sms50 = "telesim_engine_command_latency_seconds{command=\"charge_sms\",quantile=\"0.5\"}";
        String sms999 = "telesim_engine_command_latency_seconds{command=\"charge_sms\",quantile=\"0.999\"}";
        assertTrue(metrics.get(sms50) > 0 && metrics.get(sms50) < 10, sms50 + " " + metrics.get(sms50));
        assertTrue(metrics.get(sms999) >= metrics.get(sms50));
        assertTrue(metrics.get("telesim_engine_command_latency_seconds_count{command=\"charge_sms\"}") >= 2);
        assertTrue(metrics.containsKey("telesim_engine_command_latency_seconds{command=\"provision\",quantile=\"0.99\"}"));
        assertTrue(metrics.get("telesim_engine_commands_replied_total") >= 4);
        assertTrue(metrics.get("telesim_engine_commands_duplicate_total") >= 1, "the retry");
        assertEquals(0, metrics.get("telesim_engine_errors_total"));
        assertEquals(65_536, metrics.get("telesim_engine_ring_capacity"));
        assertTrue(metrics.get("telesim_engine_ring_occupancy") >= 0 && metrics.get("telesim_engine_ring_occupancy") <= 65_536);
        assertTrue(metrics.containsKey("telesim_engine_journal_lag") && metrics.containsKey("telesim_engine_apply_lag"));

        assertEquals(1, metrics.get("telesim_smpp_binds"));
        assertTrue(metrics.get("telesim_sms_submitted_total") >= 1);
        assertTrue(metrics.get("telesim_sms_finished_total{state=\"delivered\"}") >= 1);
        assertTrue(metrics.containsKey("telesim_sms_pending"));
        assertTrue(metrics.get("telesim_ussd_dials_total") >= 1);
        assertTrue(metrics.get("telesim_ussd_sessions_open") >= 0);

        assertEquals(2, metrics.get("telesim_http_requests_total{method=\"POST\",route=\"/admin/usage/sms\",status=\"200\"}"));
        assertEquals(1, metrics.get("telesim_http_requests_total{method=\"GET\",route=\"/admin/subscribers/:msisdn\",status=\"200\"}"));
        assertEquals(1, metrics.get("telesim_http_requests_total{method=\"GET\",route=\"/admin/health\",status=\"401\"}"));
        assertEquals(1, metrics.get("telesim_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"}"));
        assertEquals(1, metrics.get("telesim_http_request_duration_seconds_count{method=\"GET\",route=\"/admin/subscribers/:msisdn\"}"));
        assertTrue(metrics.get("telesim_http_request_duration_seconds_bucket{method=\"GET\",route=\"/admin/subscribers/:msisdn\",le=\"+Inf\"}") == 1);
        assertFalse(metrics.keySet().stream().anyMatch(series -> series.contains(Long.toString(WebFixture.FIRST))),
                "no number in a label");

        Map<String, Double> again = scrape(client);
        assertEquals(1, again.get("telesim_http_requests_total{method=\"GET\",route=\"/metrics\",status=\"200\"}"), "the first scrape");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (again.get("telesim_smpp_binds") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            again = scrape(client);
        }
        assertEquals(0, again.get("telesim_smpp_binds"), "the ESME unbound");
    }

    private static ApiClient.Reply admin(ApiClient client, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixture.baseUrl() + path))
                .header("Authorization", "Bearer " + WebFixture.ADMIN_TOKEN);
        return client.send(json == null ? request.GET() : request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void dialUssd(String code) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + fixture.operator().ussdPort() + "/ussd/sessions"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"msisdn\": \"" + (WebFixture.FIRST + 1) + "\", \"code\": \"" + code + "\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** Scrapes /metrics without a token and checks every line is a comment or a sample; the samples by series. */
    private static Map<String, Double> scrape(ApiClient client) throws Exception {
        ApiClient.Reply reply = client.get("/metrics");
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("text/plain; version=0.0.4"), reply.header("Content-Type"));
        Map<String, Double> samples = new HashMap<>();
        for (String line : reply.body().split("\n")) {
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertTrue(sample.matches(), "not a comment or a sample: '" + line + "'");
            String value = sample.group(2);
            samples.put(sample.group(1), value.endsWith("Inf") ? (value.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                    : Double.parseDouble(value));
        }
        return samples;
    }
}
