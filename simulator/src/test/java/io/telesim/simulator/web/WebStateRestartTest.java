package io.telesim.simulator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web side's own state (web accounts and passwords) survives a restart of the operator on the same data directory. */
class WebStateRestartTest {

    @TempDir
    Path data;

    @Test
    void aPasswordSetBeforeARestartStillLogsInAfterIt() throws Exception {
        long number = WebFixture.FIRST;
        try (WebFixture first = WebFixture.start(1, data)) {
            ApiClient client = first.loggedIn(number);
            assertEquals(200, client.put("/api/password", "{\"password\":\"Restart2026x\"}").status());
        }
        try (WebFixture second = WebFixture.start(1, data)) {
            var login = second.client().post("/api/login", "{\"number\":\"" + number + "\",\"password\":\"Restart2026x\"}");
            assertEquals(200, login.status(), login.body());
            assertFalse(login.json().get("registeredNow").asBoolean(), "the web account was kept");
        }
    }
}
