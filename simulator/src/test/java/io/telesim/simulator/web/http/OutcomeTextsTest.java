package io.telesim.simulator.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.telesim.billing.result.Outcome;

/** Every engine refusal has a Russian text, and English stays the outcome's own reason. */
class OutcomeTextsTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void everyOutcomeIsWordedInRussian(Outcome outcome) {
        String russian = OutcomeTexts.reason(outcome, "ru");

        assertNotEquals(outcome.reason(), russian, "no Russian text for " + outcome + " in outcomes_ru.properties");
        assertTrue(CYRILLIC.matcher(russian).find(), russian);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void englishAndUnknownLanguagesGetTheOutcomesReason(Outcome outcome) {
        assertEquals(outcome.reason(), OutcomeTexts.reason(outcome, "en"));
        assertEquals(outcome.reason(), OutcomeTexts.reason(outcome, "de"));
    }
}
