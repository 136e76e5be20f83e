package io.telesim.simulator.catalog;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.telesim.billing.catalog.BundleScope;
import io.telesim.billing.catalog.Fee;
import io.telesim.billing.catalog.FeePeriod;
import io.telesim.billing.catalog.PriceList;
import io.telesim.billing.catalog.Rounding;
import io.telesim.simulator.yaml.Quantities;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/** Values that several parts of a catalog file share: ids, fees, prices, roundings, scopes, the time zone. */
final class CatalogFields {

    static final String BARRED = "barred";

    private static final Map<String, FeePeriod> PERIODS = choices(List.of("daily", "monthly"),
            List.of(FeePeriod.DAILY, FeePeriod.MONTHLY));
    private static final Map<String, BundleScope> SCOPES = choices(List.of("onNet", "homeRegion", "russia"),
            List.of(BundleScope.ON_NET, BundleScope.HOME_REGION, BundleScope.RUSSIA));

    private CatalogFields() {
    }

    /** An id that can be typed in a CSV file or on the command line: letters, digits, '-' and '_'. */
    static String id(YamlNode node) {
        String id = node.asString();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                throw node.error("'" + id + "' is not an id: use letters, digits, '-' and '_' only");
            }
        }
        return id;
    }

    /** {@code {amount: 400.00, period: monthly}}. */
    static Fee fee(YamlNode node) {
        YamlMap fee = node.asMap("amount", "period");
        long amount = fee.get("amount").asKopecks();
        FeePeriod period = fee.get("period").asChoice(PERIODS);
        return node.build(() -> new Fee(amount, period));
    }

    /** Kopecks per unit, or {@link PriceList#BARRED} for {@code barred}. */
    static long price(YamlNode node) {
        return BARRED.equalsIgnoreCase(node.text().strip()) ? PriceList.BARRED : node.asKopecks();
    }

    /** {@code {onNet: 1.00, offNet: 1.90, otherRegion: 2.50, international: 35.00, short: 5.00}}. */
    static PriceList priceList(YamlNode node) {
        YamlMap prices = node.asMap("onNet", "offNet", "otherRegion", "international", "short");
        return node.build(() -> new PriceList(price(prices.get("onNet")), price(prices.get("offNet")),
                price(prices.get("otherRegion")), price(prices.get("international")), price(prices.get("short"))));
    }

    /** {@code 60/60} (per minute), {@code 60/1} or {@code 1/1} (per second), in seconds. */
    static Rounding voiceRounding(YamlNode node) {
        String text = node.asString();
        String[] parts = text.split("/");
        if (parts.length != 2) {
            throw node.error("'" + text + "' is not a rounding like 60/60 (per minute), 60/1 or 1/1 (per second)");
        }
        long first = seconds(node, text, parts[0]);
        long increment = seconds(node, text, parts[1]);
        return node.build(() -> new Rounding(first, increment));
    }

    /** {@code 100 KB} (every 100 KB), or {@code 1 MB / 100 KB} (a first interval, then increments). */
    static Rounding dataRounding(YamlNode node) {
        String text = node.asString();
        String[] parts = text.split("/");
        if (parts.length > 2) {
            throw node.error("'" + text + "' is not a rounding like 100 KB or 1 MB / 100 KB");
        }
        long first = node.parse(t -> Quantities.parseBytes(parts[0]));
        long increment = parts.length == 2 ? node.parse(t -> Quantities.parseBytes(parts[1])) : first;
        return node.build(() -> new Rounding(first, increment));
    }

    static BundleScope scope(YamlNode node) {
        return node.asChoice(SCOPES);
    }

    /** {@code +03:00}. */
    static ZoneOffset offset(YamlNode node) {
        String text = node.asString();
        try {
            return ZoneOffset.of(text);
        } catch (DateTimeException e) {
            throw node.error("'" + text + "' is not a UTC offset like +03:00");
        }
    }

    private static long seconds(YamlNode node, String text, String part) {
        try {
            long seconds = Long.parseLong(part.strip());
            if (seconds >= 1) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below with the whole value
        }
        throw node.error("'" + text + "' is not a rounding like 60/60 (per minute), 60/1 or 1/1 (per second): "
                + "both parts are whole seconds of at least 1");
    }

    /** The words a value may be written as, in the order an error lists them, each with what it means. */
    static <T> Map<String, T> choices(List<String> names, List<T> values) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values.get(i));
        }
        return map;
    }
}
