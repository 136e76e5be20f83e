package io.telesim.simulator.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import io.telesim.simulator.web.http.RequestLanguage;

/**
 * The pages' words in one language, from {@code web/texts/AREA_LANG.properties} (UTF-8) for every area.
 * A key missing from a language shows as {@code [key]}, and a test keeps Russian and English in step.
 */
public final class Texts {

    /** The languages the pages speak; the first is the default. */
    public static final List<String> LANGUAGES = RequestLanguage.LANGUAGES;
    /** One file per feature, so features add words without touching each other's files. */
    public static final List<String> AREAS = List.of("common", "login", "account", "money", "plans", "statement", "bonus",
            "numbers", "business");

    private static final Map<String, Texts> BY_LANGUAGE = new HashMap<>();

    static {
        for (String language : LANGUAGES) {
            BY_LANGUAGE.put(language, load(language));
        }
    }

    private final String language;
    private final Map<String, String> words;

    private Texts(String language, Map<String, String> words) {
        this.language = language;
        this.words = words;
    }

    /** The texts of {@code language}, or of the default language when it is not one of {@link #LANGUAGES}. */
    public static Texts of(String language) {
        Texts texts = BY_LANGUAGE.get(language == null ? "" : language.toLowerCase(Locale.ROOT));
        return texts == null ? BY_LANGUAGE.get(LANGUAGES.get(0)) : texts;
    }

    public String language() {
        return language;
    }

    /** The text of {@code key}. */
    public String t(String key) {
        String text = words.get(key);
        return text == null ? "[" + key + "]" : text;
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}... filled in. */
    public String t(String key, Object... arguments) {
        String text = words.get(key);
        return text == null ? "[" + key + "]" : new MessageFormat(text, Locale.forLanguageTag(language)).format(arguments);
    }

    /** Every key of this language (for the test that keeps languages in step). */
    public java.util.Set<String> keys() {
        return words.keySet();
    }

    private static Texts load(String language) {
        Map<String, String> words = new HashMap<>();
        for (String area : AREAS) {
            String resource = "web/texts/" + area + "_" + language + ".properties";
            try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.forEach((key, value) -> words.put((String) key, (String) value));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new Texts(language, Map.copyOf(words));
    }
}
