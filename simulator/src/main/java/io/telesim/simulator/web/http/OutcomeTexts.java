package io.telesim.simulator.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import io.telesim.billing.result.Outcome;

/**
 * The engine's refusals in the caller's language: English is {@link Outcome#reason()}, Russian comes from
 * {@code web/texts/outcomes_ru.properties} by the outcome's API code.
 */
public final class OutcomeTexts {

    private static final String RUSSIAN_FILE = "web/texts/outcomes_ru.properties";
    private static final Properties RUSSIAN = load();

    private OutcomeTexts() {
    }

    /** Why {@code outcome} happened, in {@code language} ("en" or "ru"); English for any other language. */
    public static String reason(Outcome outcome, String language) {
        if ("ru".equals(language)) {
            String text = RUSSIAN.getProperty(outcome.name().toLowerCase(Locale.ROOT));
            if (text != null) {
                return text;
            }
        }
        return outcome.reason();
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = OutcomeTexts.class.getClassLoader().getResourceAsStream(RUSSIAN_FILE)) {
            if (in == null) {
                throw new IllegalStateException(RUSSIAN_FILE + " is missing from the jar");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RUSSIAN_FILE, e);
        }
        return texts;
    }
}
