package io.telesim.simulator.web.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** F1 and F2 through the API with a real HTTP client: codes by SMS, lockout, passwords, sessions, CSRF. */
class LoginApiTest {

    private static WebFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = WebFixture.start(20);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aCodeBySmsFrom3339LogsInAndTheFirstLoginRegisters() throws Exception {
        long number = WebFixture.FIRST;
        ApiClient client = fixture.client();
        assertFalse(client.get("/api/session").json().get("loggedIn").asBoolean());
        assertEquals(401, client.put("/api/password", "{\"password\":\"Secret2026x\"}").status());

        var session = client.login(number, fixture);

        assertEquals(number, session.get("login").asLong());
        assertTrue(session.get("registeredNow").asBoolean());
        assertTrue(client.get("/api/session").json().get("loggedIn").asBoolean());
        assertEquals(200, client.put("/api/password", "{\"password\":\"Secret2026x\"}").status());
        var again = fixture.client().post("/api/login", "{\"number\":\"" + number + "\",\"password\":\"Secret2026x\"}");
        assertFalse(again.json().get("registeredNow").asBoolean(), "registered once");
    }

    @Test
    void numbersInPlusSevenAndEightFormsAreTheSameLogin() throws Exception {
        ApiClient client = fixture.client();
        long after = fixture.lastSmsId(WebFixture.FIRST + 1);
        assertEquals(202, client.post("/api/login/code", "{\"number\":\"8 (916) 100-00-02\"}").status());
        String code = ApiClient.codeIn(fixture.awaitSms(WebFixture.FIRST + 1, "3339", after).text());
        var login = client.post("/api/login", "{\"number\":\"+7 916 100 00 02\",\"code\":\"" + code + "\"}");
        assertEquals(200, login.status(), login.body());
        assertEquals(WebFixture.FIRST + 1, login.json().get("login").asLong());
    }

    @Test
    void aCodeWorksOnce() throws Exception {
        long number = WebFixture.FIRST + 2;
        ApiClient client = fixture.client();
        long after = fixture.lastSmsId(number);
        client.post("/api/login/code", "{\"number\":\"" + number + "\"}");
        String code = ApiClient.codeIn(fixture.awaitSms(number, "3339", after).text());
        assertEquals(200, client.post("/api/login", "{\"number\":\"" + number + "\",\"code\":\"" + code + "\"}").status());
        var again = fixture.client().post("/api/login", "{\"number\":\"" + number + "\",\"code\":\"" + code + "\"}");
        assertEquals(401, again.status());
    }

    @Test
    void fiveWrongCodesLockTheLoginUntilANewCodeIsRequested() throws Exception {
        long number = WebFixture.FIRST + 3;
        ApiClient client = fixture.client();
        long after = fixture.lastSmsId(number);
        client.post("/api/login/code", "{\"number\":\"" + number + "\"}");
        String code = ApiClient.codeIn(fixture.awaitSms(number, "3339", after).text());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 4; attempt++) {
            var reply = client.post("/api/login", "{\"number\":\"" + number + "\",\"code\":\"" + wrong + "\"}");
            assertEquals(401, reply.status());
            assertTrue(reply.json().get("error").asText().contains((5 - attempt) + " attempts left"), reply.body());
        }
        assertEquals(423, client.post("/api/login", "{\"number\":\"" + number + "\",\"code\":\"" + wrong + "\"}").status());
        var locked = client.post("/api/login", "{\"number\":\"" + number + "\",\"code\":\"" + code + "\"}");
        assertEquals(423, locked.status(), "even the right code waits for a new one");
        assertEquals("locked", locked.json().get("code").asText());
    }

    @Test
    void codeRequestsAreRateLimitedPerNumber() throws Exception {
        long number = WebFixture.FIRST + 4;
        ApiClient client = fixture.client();
        assertEquals(202, client.post("/api/login/code", "{\"number\":\"" + number + "\"}").status());
        var second = client.post("/api/login/code", "{\"number\":\"" + number + "\"}");
        assertEquals(429, second.status());
        assertNotNull(second.header("Retry-After"));
    }

    @Test
    void aPermanentPasswordMustBeStrongAndThenLogsIn() throws Exception {
        long number = WebFixture.FIRST + 5;
        ApiClient client = fixture.loggedIn(number);
        var weak = client.put("/api/password", "{\"password\":\"short1A\"}");
        assertEquals(422, weak.status());
        assertTrue(weak.json().get("error").asText().contains("longer than 7"));
        assertEquals(422, client.put("/api/password", "{\"password\":\"alllowercase1\"}").status());
        assertEquals(200, client.put("/api/password", "{\"password\":\"Secret2026x\"}").status());

        ApiClient other = fixture.client();
        assertEquals(401, other.post("/api/login", "{\"number\":\"" + number + "\",\"password\":\"Secret2026y\"}").status());
        var login = other.post("/api/login", "{\"number\":\"" + number + "\",\"password\":\"Secret2026x\"}");
        assertEquals(200, login.status(), login.body());
        assertTrue(login.json().get("hasPassword").asBoolean());
        assertFalse(login.json().get("temporaryPassword").asBoolean());
    }

    @Test
    void aTemporaryPasswordBySmsLogsInAndExpiresInSevenDays() throws Exception {
        long number = WebFixture.FIRST + 6;
        ApiClient client = fixture.client();
        long after = fixture.lastSmsId(number);
        assertEquals(202, client.post("/api/login/temporary-password", "{\"number\":\"" + number + "\"}").status());
        String text = fixture.awaitSms(number, "3339", after).text();
        String password = text.replaceAll(".*password: (\\S+)\\..*", "$1");
        var login = client.post("/api/login", "{\"number\":\"" + number + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, login.status(), login.body());
        assertTrue(login.json().get("temporaryPassword").asBoolean());
        long expires = login.json().get("passwordExpiresAt").asLong();
        long sevenDays = 7 * 86_400_000L;
        assertTrue(Math.abs(expires - System.currentTimeMillis() - sevenDays) < 60_000, "expires in 7 days: " + expires);
    }

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsForbidden() throws Exception {
        ApiClient client = fixture.client();
        client.get("/api/session");
        var reply = client.send(HttpRequest.newBuilder(URI.create(fixture.baseUrl() + "/api/login/code"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"number\":\"79161000010\"}")));
        assertEquals(403, reply.status());
        assertTrue(reply.json().get("error").asText().contains("X-XSRF-TOKEN"), reply.body());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        ApiClient client = fixture.loggedIn(WebFixture.FIRST + 7);
        assertEquals(204, client.post("/api/logout", null).status());
        assertFalse(client.get("/api/session").json().get("loggedIn").asBoolean());
        assertEquals(401, client.put("/api/password", "{\"password\":\"Secret2026x\"}").status());
    }

    @Test
    void badInputGetsAClearJsonErrorWithoutAStackTrace() throws Exception {
        ApiClient client = fixture.client();
        var notJson = client.post("/api/login/code", "{number:");
        assertEquals(400, notJson.status());
        assertTrue(notJson.json().get("error").asText().startsWith("the body is not valid JSON"), notJson.body());
        var unknownField = client.post("/api/login/code", "{\"number\":\"79161000001\",\"extra\":1}");
        assertEquals(400, unknownField.status());
        assertTrue(unknownField.json().get("error").asText().contains("extra"));
        var badNumber = client.post("/api/login/code", "{\"number\":\"12345\"}");
        assertEquals(400, badNumber.status());
        var missing = client.get("/api/no-such-thing");
        assertEquals(404, missing.status());
        assertTrue(missing.json().get("error").asText().contains("/api/no-such-thing"));
        var huge = client.post("/api/login/code", "{\"number\":\"" + "7".repeat(100_000) + "\"}");
        assertEquals(413, huge.status());
        for (var reply : java.util.List.of(notJson, unknownField, badNumber, missing)) {
            assertFalse(reply.body().contains("at io.") || reply.body().contains("Exception"), reply.body());
        }
    }
}
