package io.telesim.engine.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.clock.SystemClock;
import io.telesim.engine.statement.KindFilter;
import io.telesim.engine.statement.Page;
import io.telesim.engine.statement.StatementRecord;
import io.telesim.engine.testing.ChildJvm;

/**
 * Kills the engine with SIGKILL at random moments under load, several times, restarting it on the same
 * files each time; then checks what clients were told against what the engine kept: every acknowledged
 * command is applied exactly once, none twice, and every balance is exactly the sum of its statement.
 */
class EngineCrashTest {

    private static final int ROUNDS = Integer.getInteger("crash.rounds", 3);

    @TempDir
    Path dir;

    @Test
    void shouldApplyEveryAcknowledgedCommandExactlyOnceAcrossKills() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Path acks = dir.resolve("acks.txt");
        Files.createFile(acks);
        for (int round = 0; round < ROUNDS; round++) {
            try (ChildJvm child = ChildJvm.start(EngineUnderLoad.class, dir.resolve("child-" + round + ".log"), data.toString(),
                    acks.toString(), Long.toString(1_000_000_000L * (round + 1)), Long.toString(seed + round),
                    Long.getLong("crash.checkpointMillis", 300).toString())) {
                assertNotNull(child.awaitLine("ready"), "the engine did not start: " + Files.readString(dir.resolve("child-" + round + ".log")));
                Thread.sleep(700 + random.nextInt(1_500));
                child.kill();
            }
        }

        Map<Long, Integer> acknowledged = readAcknowledgements(acks);
        assertTrue(acknowledged.size() > 1_000, "seed " + seed + ": the load was too light to mean anything: " + acknowledged.size());
        try (Engine engine = Engine.open(data, TestCatalogs.standard(), new SystemClock(), EngineSettings.defaults()
                .withMaxAccounts(1_000).withRingSize(1024).withOpenSessions(1_000).withIdempotencyWindow(1 << 20)
                .withCheckpointInterval(Duration.ofHours(1)), NotificationSink.NONE)) {
            Map<Long, Integer> applied = new HashMap<>();
            for (int i = 0; i < EngineUnderLoad.ACCOUNTS; i++) {
                long msisdn = EngineUnderLoad.FIRST_NUMBER + i;
                List<StatementRecord> statement = statementOf(engine, msisdn);
                long sum = 0;
                Set<Long> linesOfThisNumber = new HashSet<>();
                for (StatementRecord line : statement) {
                    sum += line.money();
                    long key = line.eventId() * 64 + line.kindCode();
                    assertTrue(linesOfThisNumber.add(key), "seed " + seed + ": event " + line.eventId() + " written twice for " + msisdn);
                    applied.merge(line.eventId(), 1, Integer::sum);
                }
                long balance = engine.read(msisdn).get(10, TimeUnit.SECONDS).balance();
                if (balance != sum) {
                    fail("seed " + seed + ": the balance of " + msisdn + " is " + balance + " but its " + statement.size()
                            + " statement lines add up to " + sum + "; the children logged: " + childFailures());
                }
            }
            int checked = 0;
            for (Map.Entry<Long, Integer> ack : acknowledged.entrySet()) {
                if (ack.getValue() == Outcome.OK.ordinal() && ack.getKey() >= 1_000_000_000L) {
                    assertTrue(applied.containsKey(ack.getKey()), "seed " + seed + ": acknowledged command " + ack.getKey() + " was lost");
                    checked++;
                }
            }
            assertTrue(checked > 500, "seed " + seed + ": too few acknowledged commands to check: " + checked);
        }
    }

    private String childFailures() throws java.io.IOException {
        StringBuilder failures = new StringBuilder();
        for (int r = 0; r < ROUNDS; r++) {
            Files.readString(dir.resolve("child-" + r + ".log")).lines()
                    .filter(l -> l.contains("ERROR") || l.contains("Exception") || l.contains("at io.telesim")).limit(12)
                    .forEach(l -> failures.append('\n').append(l));
        }
        return failures.toString();
    }

    /** id → outcome of the first acknowledgement; a repeated id must repeat the outcome. */
    private static Map<Long, Integer> readAcknowledgements(Path acks) throws Exception {
        Map<Long, Integer> outcomes = new HashMap<>();
        for (String line : Files.readAllLines(acks)) {
            String[] parts = line.split(" ");
            if (parts.length != 3) {
                continue; // the half-written last line of a killed writer
            }
            long id = Long.parseLong(parts[0]);
            int outcome = Integer.parseInt(parts[1]);
            Integer first = outcomes.putIfAbsent(id, outcome);
            if (first != null) {
                assertEquals(first, outcome, "command " + id + " was answered differently when sent again");
            }
        }
        return outcomes;
    }

    private static List<StatementRecord> statementOf(Engine engine, long msisdn) {
        List<StatementRecord> lines = new java.util.ArrayList<>();
        long cursor = Page.FIRST;
        do {
            Page page = engine.statements().query(msisdn, 0, Long.MAX_VALUE, KindFilter.ALL, 500, cursor);
            lines.addAll(page.records());
            cursor = page.nextCursor();
        } while (cursor != Page.END);
        return lines;
    }
}
