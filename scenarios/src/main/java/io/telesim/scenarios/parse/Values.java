package io.telesim.scenarios.parse;

import java.time.Duration;

import io.telesim.simulator.yaml.YamlNode;

/** The scalar forms scenario files use beyond {@link YamlNode}'s own: shares like {@code 35%}, rates, durations in milliseconds. */
final class Values {

    private Values() {
    }

    /** A share such as {@code 35%} or {@code 2.5%}, as a fraction from 0 to 1. */
    static double share(YamlNode node) {
        String text = node.asString();
        if (!text.endsWith("%")) {
            throw node.error("'" + text + "' is not a share like 35%");
        }
        double percent;
        try {
            percent = Double.parseDouble(text.substring(0, text.length() - 1).strip());
        } catch (NumberFormatException e) {
            throw node.error("'" + text + "' is not a share like 35%");
        }
        if (!(percent >= 0 && percent <= 100)) {
            throw node.error("a share is from 0% to 100%, got " + text);
        }
        return percent / 100;
    }

    /** A share that may exceed 100% (a growth, a factor). */
    static double growth(YamlNode node) {
        String text = node.asString();
        if (!text.endsWith("%")) {
            throw node.error("'" + text + "' is not a percentage like 10%");
        }
        try {
            double percent = Double.parseDouble(text.substring(0, text.length() - 1).strip());
            if (percent >= 0) {
                return percent / 100;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw node.error("'" + text + "' is not a percentage of 0% or more like 10%");
    }

    /** A number of events per second such as {@code 250} or {@code 0.5}. */
    static double perSecond(YamlNode node) {
        return decimal(node, "a rate per second like 250 or 0.5");
    }

    /** A positive decimal such as {@code 20} or {@code 1.5}. */
    static double decimal(YamlNode node, String example) {
        String text = node.asString();
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw node.error("'" + text + "' is not " + example);
    }

    /** A duration such as {@code 250 ms}, {@code 90 s}, {@code 10 min} or {@code 2 h}. */
    static Duration duration(YamlNode node) {
        String text = node.asString();
        if (text.endsWith("ms")) {
            String number = text.substring(0, text.length() - 2).strip();
            try {
                long millis = Long.parseLong(number);
                if (millis >= 0) {
                    return Duration.ofMillis(millis);
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw node.error("'" + text + "' is not a whole number of milliseconds like 250 ms");
        }
        try {
            return node.asDuration();
        } catch (RuntimeException e) {
            throw node.error("'" + text + "' is not a duration like 250 ms, 90 s, 10 min or 2 h");
        }
    }

    /** A duration that is more than zero. */
    static Duration positiveDuration(YamlNode node) {
        Duration duration = duration(node);
        if (duration.isZero()) {
            throw node.error("must be more than zero");
        }
        return duration;
    }
}
