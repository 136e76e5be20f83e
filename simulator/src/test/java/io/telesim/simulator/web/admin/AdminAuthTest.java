package io.telesim.simulator.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** The admin API's bearer token, and its errors: JSON with a sentence, never a stack trace. */
class AdminAuthTest {

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
    void withoutTheTokenEveryAdminRouteIs401() throws Exception {
        AdminClient anonymous = new AdminClient(fixture, null);
        for (String path : new String[] {"/admin/health", "/admin/subscribers/" + WebFixture.FIRST, "/admin/clock", "/admin/no-such-thing"}) {
            ApiClient.Reply reply = anonymous.get(path);
            assertEquals(401, reply.status(), path);
            assertEquals("unauthorized", reply.json().get("code").asText());
            assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), path);
        }
        assertEquals(401, anonymous.post("/admin/subscribers", "{\"subscribers\":[{\"number\":\"79169990001\"}]}").status());
        assertEquals(404, AdminClient.of(fixture).get("/admin/subscribers/79169990001").status(), "nothing was provisioned");
    }

    @Test
    void aWrongTokenOrAnotherSchemeIs401() throws Exception {
        assertEquals(401, new AdminClient(fixture, WebFixture.ADMIN_TOKEN + "x").get("/admin/health").status());
        assertEquals(401, new AdminClient(fixture, WebFixture.ADMIN_TOKEN.substring(1)).get("/admin/health").status());
        ApiClient.Reply basic = fixture.client().send(HttpRequest.newBuilder(URI.create(fixture.baseUrl() + "/admin/health"))
                .header("Authorization", "Basic " + WebFixture.ADMIN_TOKEN).GET());
        assertEquals(401, basic.status());
    }

    @Test
    void theTokenLetsTheRequestOnWithoutCsrf() throws Exception {
        ApiClient.Reply health = AdminClient.of(fixture).get("/admin/health");
        assertEquals(200, health.status(), health.body());
        ApiClient.Reply provisioned = AdminClient.of(fixture).post("/admin/subscribers", "{\"subscribers\":[{\"number\":\"79169990002\"}]}");
        assertEquals(200, provisioned.status(), provisioned.body());
    }

    @Test
    void badJsonIs400AndUnknownRoutesAre404AsJsonWithoutAStackTrace() throws Exception {
        AdminClient admin = AdminClient.of(fixture);
        ApiClient.Reply[] replies = {
            admin.post("/admin/subscribers", "{\"subscribers\": [ {"),
            admin.post("/admin/usage/sms", "{\"eventId\": \"seven\", \"number\": \"79161000001\", \"to\": \"79161000002\"}"),
            admin.post("/admin/usage/sms", "{\"eventId\": 1, \"number\": \"79161000001\", \"to\": \"79161000002\", \"colour\": 1}"),
            admin.post("/admin/subscribers", null),
            admin.get("/admin/subscribers/12345"),
        };
        for (ApiClient.Reply reply : replies) {
            assertEquals(400, reply.status(), reply.body());
            assertFalse(reply.json().get("error").asText().isBlank());
            assertNoStackTrace(reply);
        }
        ApiClient.Reply unknown = admin.get("/admin/no-such-thing");
        assertEquals(404, unknown.status());
        assertNoStackTrace(unknown);
    }

    static void assertNoStackTrace(ApiClient.Reply reply) {
        assertFalse(reply.body().contains("\tat ") || reply.body().contains("Exception"), reply.body());
    }
}
