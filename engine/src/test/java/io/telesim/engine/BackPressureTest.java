package io.telesim.engine;

import static io.telesim.billing.TestNumbers.ANNA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A stalled consumer makes submit answer BUSY at once instead of blocking or queueing without bound. */
class BackPressureTest {

    @Test
    void shouldAnswerBusyQuicklyWhenTheRingIsFull() throws Exception {
        int ringSize = 64;
        try (EngineFixture f = new EngineFixture(EngineSettings.defaults().withMaxAccounts(10).withRingSize(ringSize))) {
            f.provision(ANNA, "go", 1_000_000);
            CountDownLatch stall = new CountDownLatch(1);
            CountDownLatch stalled = new CountDownLatch(1);
            f.engine.submit(f.command(CommandType.READ, ANNA), reply -> {
                stalled.countDown();
                await(stall);
            });
            assertTrue(stalled.await(5, TimeUnit.SECONDS));

            int accepted = 0;
            SubmitStatus status = SubmitStatus.ACCEPTED;
            long longest = 0;
            for (int i = 0; i < 10 * ringSize && status == SubmitStatus.ACCEPTED; i++) {
                long start = System.nanoTime();
                status = f.engine.submit(f.command(CommandType.TOP_UP, ANNA).amount(1_000), null);
                longest = Math.max(longest, System.nanoTime() - start);
                if (status == SubmitStatus.ACCEPTED) {
                    accepted++;
                }
            }

            assertEquals(SubmitStatus.BUSY, status);
            assertTrue(accepted <= ringSize, "never more queued than the ring holds: " + accepted);
            assertTrue(longest < TimeUnit.MILLISECONDS.toNanos(500), "submit never blocks: longest took " + longest + " ns");
            assertTrue(f.engine.metrics().busy() >= 1);

            stall.countDown();
            assertEquals(1_000_000 + accepted * 1_000L, f.read(ANNA).balance(), "every accepted command was applied");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
