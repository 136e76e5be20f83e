package io.telesim.simulator.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class YamlNodeTest {

    private static YamlNode read(String text) {
        return YamlFile.read(new StringReader(text), "doc.yaml");
    }

    private static void assertError(String expected, String yaml, Consumer<YamlNode> reader) {
        YamlException e = assertThrows(YamlException.class, () -> reader.accept(read(yaml)));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void shouldReadAmountsExactlyFromTheTextAsWritten() {
        YamlMap map = read("price: 1.50\nbig: 1234567.89\nwhole: 400\n").asMap("price", "big", "whole");

        assertEquals(150, map.get("price").asMoney().kopecks());
        assertEquals(123_456_789, map.get("big").asMoney().kopecks());
        assertEquals(40_000, map.get("whole").asKopecks());
    }

    @Test
    void shouldKeepScalarsAsTextUnlessATypeIsAskedFor() {
        YamlMap map = read("code: 0611\nanswer: no\nflag: true\n").asMap("code", "answer", "flag");

        assertEquals("0611", map.get("code").asString());
        assertEquals("no", map.get("answer").asString());
        assertTrue(map.get("flag").asBoolean());
    }

    @Test
    void shouldNameFileLineAndPathOfABadAmount() {
        String yaml = "# a comment line\n".repeat(18) + """
                tariffs:
                  - id: payg
                  - id: smart
                    prices:
                      voice: {onNet: 1.5x}
                """;
        assertError("doc.yaml:23: tariffs[1].prices.voice.onNet: '1.5x' is not an amount in roubles like 123.45: unexpected character 'x'",
                yaml, root -> root.asMap("tariffs").get("tariffs").asList().get(1).asMap("id", "prices").get("prices")
                        .asMap("voice").get("voice").asMap("onNet").get("onNet").asMoney());
    }

    @Test
    void shouldReportAMissingKeyAtTheLineOfItsMap() {
        assertError("doc.yaml:2: tariffs[0].name: is required but missing",
                "tariffs:\n  - id: payg\n    fee: 1.00\n",
                root -> root.asMap("tariffs").get("tariffs").asList().get(0).asMap("id", "name", "fee").get("name"));
    }

    @Test
    void shouldReportAMissingTopLevelKeyByItsName() {
        assertError("doc.yaml:1: tariffs: is required but missing", "name: x\n", root -> root.asMap("name", "tariffs").get("tariffs"));
    }

    @Test
    void shouldRejectAnUnknownKeyListingTheKnownOnesAndTheLikelyTypo() {
        assertError("doc.yaml:3: tariff.fe: unknown key (did you mean 'fee'?); known keys: id, name, fee",
                "tariff:\n  id: x\n  fe: 1.00\n", root -> root.asMap("tariff").get("tariff").asMap("id", "name", "fee"));
    }

    @Test
    void shouldRejectAnUnknownKeyWithoutSuggestionWhenNothingIsClose() {
        assertError("doc.yaml:2: colour: unknown key; known keys: id, name", "id: x\ncolour: red\n", root -> root.asMap("id", "name"));
    }

    @Test
    void shouldRejectAKeyWrittenTwice() {
        assertError("doc.yaml:3: name: appears twice (first on line 1)", "name: a\nid: b\nname: c\n", root -> root.asMap("name", "id"));
    }

    @Test
    void shouldSayWhichTypeWasExpectedAndWhatWasFound() {
        assertError("doc.yaml:1: tariffs: expected a list (items starting with '- ', or [a, b]), got 'none'", "tariffs: none\n",
                root -> root.asMap("tariffs").get("tariffs").asList());
        // A block's errors point at the key that names it, not at its first entry.
        assertError("doc.yaml:1: fee: expected a map of 'key: value' lines, got a list", "fee:\n  - 1\n",
                root -> root.asMap("fee").get("fee").asMap("amount"));
        assertError("doc.yaml:1: name: expected a single value, got a map", "name: {a: 1}\n",
                root -> root.asMap("name").get("name").asString());
        assertError("doc.yaml:1: slots: '3.5' is not a whole number", "slots: 3.5\n",
                root -> root.asMap("slots").get("slots").asInt(1, 3));
        assertError("doc.yaml:1: slots: must be from 1 to 3, got 4", "slots: 4\n",
                root -> root.asMap("slots").get("slots").asInt(1, 3));
        assertError("doc.yaml:1: days: must be at least 1, got 0", "days: 0\n",
                root -> root.asMap("days").get("days").asInt(1, Integer.MAX_VALUE));
        assertError("doc.yaml:1: on: 'yes please' is not true or false", "on: yes please\n",
                root -> root.asMap("on").get("on").asBoolean());
        assertError("doc.yaml:1: fee: -1.00 ₽ is negative; give an amount of 0.00 or more", "fee: -1.00\n",
                root -> root.asMap("fee").get("fee").asKopecks());
    }

    @Test
    void shouldTreatAnEmptyValueOfAnOptionalKeyAsAbsentAndOfARequiredOneAsAnError() {
        YamlMap map = read("fee:\nname: ~\n").asMap("fee", "name");

        assertFalse(map.has("fee"));
        assertTrue(map.find("name").isEmpty());
        YamlException e = assertThrows(YamlException.class, () -> map.get("fee"));
        assertEquals("doc.yaml:1: fee: is required but missing", e.getMessage());
    }

    @Test
    void shouldOfferChoicesByNameAndListThemWhenNoneMatches() {
        Map<String, Integer> periods = new java.util.LinkedHashMap<>();
        periods.put("daily", 1);
        periods.put("monthly", 30);
        assertEquals(30, read("period: Monthly\n").asMap("period").get("period").asChoice(periods));
        assertError("doc.yaml:1: period: 'weekly' is not one of: daily, monthly", "period: weekly\n",
                root -> root.asMap("period").get("period").asChoice(periods));
    }

    @Test
    void shouldGiveListItemsTheirIndexInThePath() {
        List<YamlNode> items = read("ids: [a, b, c]\n").asMap("ids").get("ids").asList();

        assertEquals(3, items.size());
        assertEquals("ids[2]", items.get(2).path());
        assertEquals("c", items.get(2).asString());
    }

    @Test
    void shouldReadSizesAndDurations() {
        YamlMap map = read("data: 15 GB\nstep: 100 KB\nvalid: 10 min\n").asMap("data", "step", "valid");

        assertEquals(15L * 1024 * 1024 * 1024, map.get("data").asBytes());
        assertEquals(102_400, map.get("step").asBytes());
        assertEquals(Duration.ofMinutes(10), map.get("valid").asDuration());
        assertError("doc.yaml:1: data: '15' needs a unit: it should be a size like 500 MB or 15 GB (units B, KB, MB, GB)", "data: 15\n",
                root -> root.asMap("data").get("data").asBytes());
    }

    @Test
    void shouldWrapADomainRefusalWithTheItemsPlace() {
        assertError("doc.yaml:2: item: no odd numbers", "other: 1\nitem: {n: 3}\n", root -> root.asMap("other", "item").get("item")
                .build(() -> {
                    throw new IllegalArgumentException("no odd numbers");
                }));
    }

    @Test
    void shouldReportSyntaxErrorsWithTheirLine() {
        YamlException e = assertThrows(YamlException.class, () -> read("name: x\ntariffs:\n  - id: a\n   bad: [\n"));

        assertTrue(e.getMessage().startsWith("doc.yaml:4: not valid YAML: "), e.getMessage());
    }

    @Test
    void shouldExplainThatAUssdCodeMustBeQuoted() {
        YamlException e = assertThrows(YamlException.class, () -> read("name: x\nussd: *111*828*1#\n"));

        assertTrue(e.getMessage().startsWith("doc.yaml:2: not valid YAML: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(a value that starts with * must be quoted, like \"*111*828*1#\")"), e.getMessage());
    }

    @Test
    void shouldRejectAnEmptyFile() {
        YamlException e = assertThrows(YamlException.class, () -> read("# only a comment\n"));

        assertEquals("doc.yaml:1: the file is empty", e.getMessage());
    }
}
