package io.telesim.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import io.telesim.scenarios.model.Slo;

class SloJudgeTest {

    @Test
    void aTrafficMeetsItsSlosOnlyWhenEveryLimitHolds() {
        Histogram nanos = new Histogram(3);
        for (int i = 1; i <= 1_000; i++) {
            nanos.recordValue(i * 10_000L); // 0.01 ms to 10 ms: p99 is about 9.9 ms
        }
        TrafficReport voice = traffic("voice", Percentiles.of(nanos), 1_000, 900, 80, 20, null);
        Slo slo = new Slo(Map.of(99.0, Duration.ofMillis(10), 50.0, Duration.ofMillis(1)), 0.1, 0.01, 0.99);

        List<SloVerdict> verdicts = SloJudge.judge(Map.of("voice", slo), List.of(voice));

        assertEquals(List.of("p50 latency", "p99 latency", "refused", "errors", "sent of offered"), verdicts.stream().map(SloVerdict::measure).toList());
        assertFalse(verdicts.get(0).passed(), "p50 is 5 ms, over 1 ms");
        assertTrue(verdicts.get(1).passed(), "p99 under 10 ms");
        assertTrue(verdicts.get(2).passed(), "8% refused, at most 10%");
        assertFalse(verdicts.get(3).passed(), "2% errors, at most 1%");
        assertTrue(verdicts.get(4).passed());
    }

    @Test
    void aSkippedTrafficFailsItsSlos() {
        TrafficReport skipped = traffic("data", Percentiles.of(new Histogram(3)), 0, 0, 0, 0, "no engine");

        List<SloVerdict> verdicts = SloJudge.judge(Map.of("data", new Slo(Map.of(99.0, Duration.ofMillis(5)), null, null, null)), List.of(skipped));

        assertEquals(1, verdicts.size());
        assertFalse(verdicts.get(0).passed());
        assertTrue(verdicts.get(0).actual().contains("no engine"));
    }

    private static TrafficReport traffic(String name, Percentiles latency, long sent, long succeeded, long refused, long errors, String skipped) {
        return new TrafficReport(name, "voice", "engine", sent, sent, succeeded, refused, errors, Map.of(), Map.of(), 10, 10, 9, latency, null,
                Percentiles.of(new Histogram(3)), new int[0], new long[0], new long[0], new long[0], new double[0], 0, skipped);
    }
}
