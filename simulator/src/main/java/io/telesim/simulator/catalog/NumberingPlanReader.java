package io.telesim.simulator.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.Msisdn;
import io.telesim.billing.number.NumberRange;
import io.telesim.billing.number.NumberingPlan;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.number.Region;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Reads the {@code numbering} section: regions, the number ranges of our network, of other operators
 * and abroad, and the free short numbers. Ranges are given by a {@code prefix} of the 11-digit number
 * ({@code "+7 916"}) or by {@code from} and {@code to}.
 */
final class NumberingPlanReader {

    private static final Map<String, NumberRange.Kind> KINDS = CatalogFields.choices(List.of("ours", "otherOperator", "abroad"),
            List.of(NumberRange.Kind.OUR_NETWORK, NumberRange.Kind.OTHER_OPERATOR, NumberRange.Kind.ABROAD));

    private record RangeAt(NumberRange range, YamlNode node) {
    }

    private NumberingPlanReader() {
    }

    static NumberingPlan read(YamlNode node) {
        YamlMap numbering = node.asMap("regions", "ranges", "freeShortNumbers");
        Map<Integer, Region> regions = regions(numbering.get("regions"));
        List<RangeAt> ranges = new ArrayList<>();
        for (YamlNode item : numbering.get("ranges").asList()) {
            ranges.add(new RangeAt(range(item, regions), item));
        }
        checkOverlaps(ranges);
        if (ranges.stream().noneMatch(r -> r.range().kind() == NumberRange.Kind.OUR_NETWORK)) {
            throw numbering.get("ranges").error("no range has kind 'ours'; subscribers need numbers of our network");
        }
        Set<String> freeShort = new LinkedHashSet<>();
        for (YamlNode item : numbering.list("freeShortNumbers")) {
            String text = item.asString();
            long party = item.parse(PartyNumber::parse);
            if (!PartyNumber.isShort(party)) {
                throw item.error("'" + text + "' is not a short number (" + PartyNumber.MIN_SHORT_DIGITS + " to "
                        + PartyNumber.MAX_SHORT_DIGITS + " digits)");
            }
            freeShort.add(text);
        }
        return node.build(() -> new NumberingPlan(List.copyOf(regions.values()),
                ranges.stream().map(RangeAt::range).toList(), freeShort));
    }

    private static Map<Integer, Region> regions(YamlNode node) {
        Map<Integer, Region> regions = new TreeMap<>();
        Map<Integer, YamlNode> firstAt = new TreeMap<>();
        for (YamlNode item : node.asList()) {
            YamlMap region = item.asMap("id", "name");
            YamlNode idNode = region.get("id");
            int id = idNode.asInt(1, Integer.MAX_VALUE);
            String name = region.get("name").asString();
            YamlNode first = firstAt.putIfAbsent(id, idNode);
            if (first != null) {
                throw idNode.error("region " + id + " is listed twice (first at " + first.path() + ", line " + first.line() + ")");
            }
            regions.put(id, item.build(() -> new Region(id, name)));
        }
        if (regions.isEmpty()) {
            throw node.error("list at least one region");
        }
        return regions;
    }

    private static NumberRange range(YamlNode item, Map<Integer, Region> regions) {
        YamlMap range = item.asMap("prefix", "from", "to", "operator", "kind", "region");
        long from;
        long to;
        if (range.has("prefix")) {
            if (range.has("from") || range.has("to")) {
                throw item.error("give either a prefix or from and to, not both");
            }
            YamlNode prefix = range.get("prefix");
            String digits = prefixDigits(prefix);
            from = Long.parseLong(padded(digits, '0'));
            to = Long.parseLong(padded(digits, '9'));
        } else {
            if (!range.has("from") && !range.has("to")) {
                throw item.error("a range needs a prefix (like \"+7 916\") or from and to");
            }
            from = range.get("from").parse(Msisdn::parseValue);
            to = range.get("to").parse(Msisdn::parseValue);
        }
        String operator = range.get("operator").asString();
        NumberRange.Kind kind = range.get("kind").asChoice(KINDS);
        int region = Region.UNKNOWN;
        if (kind == NumberRange.Kind.ABROAD) {
            if (range.has("region")) {
                throw range.get("region").error("ranges abroad have no region of ours; remove it");
            }
        } else {
            YamlNode regionNode = range.get("region");
            region = regionNode.asInt(1, Integer.MAX_VALUE);
            if (!regions.containsKey(region)) {
                throw regionNode.error("unknown region " + region + "; known regions: "
                        + String.join(", ", regions.keySet().stream().map(String::valueOf).toList()));
            }
        }
        int regionId = region;
        return item.build(() -> new NumberRange(from, to, operator, kind, regionId));
    }

    /** The digits of a prefix such as {@code "+7 916"}: 1 to 11 digits, starting with the country code 7. */
    private static String prefixDigits(YamlNode prefix) {
        String text = prefix.asString();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!(c == '+' && i == 0) && c != ' ' && c != '-') {
                throw prefix.error("'" + text + "' is not a number prefix like \"+7 916\": unexpected character '" + c + "'");
            }
        }
        if (digits.length() == 0 || digits.charAt(0) != '7' || digits.length() > 11) {
            throw prefix.error("'" + text + "' is not a number prefix like \"+7 916\": it must start with 7 and have at most 11 digits");
        }
        return digits.toString();
    }

    private static String padded(String digits, char fill) {
        return digits + String.valueOf(fill).repeat(11 - digits.length());
    }

    private static void checkOverlaps(List<RangeAt> ranges) {
        List<RangeAt> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(r -> r.range().from()));
        for (int i = 1; i < sorted.size(); i++) {
            RangeAt before = sorted.get(i - 1);
            RangeAt after = sorted.get(i);
            if (before.range().to() >= after.range().from()) {
                // Report on whichever of the two comes later in the file: that is the one just added.
                boolean afterIsLater = ranges.indexOf(after) > ranges.indexOf(before);
                RangeAt later = afterIsLater ? after : before;
                RangeAt earlier = afterIsLater ? before : after;
                throw later.node().error(describe(later.range()) + " overlaps " + earlier.node().path() + " (line "
                        + earlier.node().line() + ": " + describe(earlier.range()) + ")");
            }
        }
    }

    private static String describe(NumberRange range) {
        try {
            return new Msisdn(range.from()).formatted() + " .. " + new Msisdn(range.to()).formatted();
        } catch (InvalidNumberException e) {
            return range.from() + " .. " + range.to();
        }
    }
}
