package io.telesim.simulator.web.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.simulator.web.page.Texts;

/** Every kind of statement line has words in every language, and volumes read as people say them. */
class StatementTextsTest {

    @Test
    void everyUsageAndMoneyMovementHasAName() {
        for (String language : Texts.LANGUAGES) {
            Texts t = Texts.of(language);
            for (UsageKind kind : UsageKind.values()) {
                assertFalse(t.t("statement.type." + kind.name().toLowerCase(Locale.ROOT)).startsWith("["), language + " " + kind);
            }
            for (MovementKind kind : MovementKind.values()) {
                assertFalse(t.t("statement.type." + kind.name().toLowerCase(Locale.ROOT)).startsWith("["), language + " " + kind);
            }
            for (LineKind kind : LineKind.values()) {
                assertFalse(t.t("statement.kind." + kind.apiName()).startsWith("["), language + " " + kind);
            }
        }
    }

    @Test
    void volumesReadAsMinutesMessagesAndMegabytes() {
        Texts en = Texts.of("en");
        assertEquals("1 min 5 s", LineText.volume(en, "seconds", 65));
        assertEquals("3 SMS", LineText.volume(en, "segments", 3));
        assertEquals("1.5 MB", LineText.volume(en, "bytes", 1_572_864));
        assertEquals("2.0 KB", LineText.volume(en, "bytes", 2_048));
        assertEquals("1,5 МБ", LineText.volume(Texts.of("ru"), "bytes", 1_572_864));
        assertEquals("14.05.2026", LineText.date("2026-05-14"));
    }
}
