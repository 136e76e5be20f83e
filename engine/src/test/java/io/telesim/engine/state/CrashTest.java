package io.telesim.engine.state;

import io.telesim.engine.testing.ChildJvm;

import static io.telesim.engine.state.CrashingWriter.FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.account.AccountRecord;

/**
 * A writer killed with SIGKILL leaves a map file that opens again promptly, with every account it had
 * acknowledged: the page cache keeps every write to the mapping, and the locks the dead process held are
 * freed by recovery instead of being waited on (Chronicle would wait 60 seconds, then throw).
 */
class CrashTest {

    private static final Duration REOPEN_LIMIT = Duration.ofSeconds(30);
    private static final Duration CHILD_LIMIT = Duration.ofSeconds(60);
    private static final long CAPACITY = 100_000;

    @TempDir
    Path dir;

    @Test
    void shouldOpenPromptlyAfterTheWriterDiedHoldingASegmentLock() throws Exception {
        Path file = dir.resolve("accounts.map");
        try (ChildJvm child = ChildJvm.start(CrashingWriter.class, dir.resolve("child.log"), "hold-lock", file.toString(),
                Long.toString(CAPACITY), "2000")) {
            assertNotNull(assertTimeoutPreemptively(CHILD_LIMIT, () -> child.awaitLine("LOCKED")), "child ended early");
            child.kill();
        }
        try (AccountStore store = assertTimeoutPreemptively(REOPEN_LIMIT, () -> AccountStore.open(file, CAPACITY))) {
            assertTrue(store.recoveredAfterCrash());
            assertAcknowledgedAccountsSurvived(store, 2000);
            AccountRecord account = new AccountRecord();
            assertTrue(store.create(FIRST + 2000, account), "the store takes new accounts after recovery");
        }
    }

    @Test
    void shouldRefuseASecondWriterProcessUntilTheFirstOneDies() throws Exception {
        Path file = dir.resolve("accounts.map");
        try (ChildJvm child = ChildJvm.start(CrashingWriter.class, dir.resolve("child.log"), "hold-open", file.toString(),
                Long.toString(CAPACITY))) {
            assertNotNull(assertTimeoutPreemptively(CHILD_LIMIT, () -> child.awaitLine("OPEN")), "child ended early");
            StateFileException refused = assertThrows(StateFileException.class, () -> AccountStore.open(file, CAPACITY));
            assertTrue(refused.getMessage().contains("another process has this store open"), refused.getMessage());
            child.kill();
        }
        try (AccountStore store = assertTimeoutPreemptively(REOPEN_LIMIT, () -> AccountStore.open(file, CAPACITY))) {
            assertTrue(store.recoveredAfterCrash());
        }
    }

    @Test
    void shouldReopenWithEveryAcknowledgedAccountAfterKillsAtRandomMoments() throws Exception {
        Path file = dir.resolve("accounts.map");
        SplittableRandom random = new SplittableRandom();
        long acknowledged = 0;
        for (int round = 0; round < 3; round++) {
            int waitForAcks = 1 + random.nextInt(12);
            try (ChildJvm child = ChildJvm.start(CrashingWriter.class, dir.resolve("child.log"), "write", file.toString(),
                    Long.toString(CAPACITY))) {
                String ack = null;
                for (int i = 0; i < waitForAcks; i++) {
                    ack = assertTimeoutPreemptively(CHILD_LIMIT, () -> child.awaitLine("ACK "));
                    assertNotNull(ack, "child ended early, see " + dir.resolve("child.log"));
                }
                acknowledged = Long.parseLong(ack.substring(4));
                child.kill();
            }
            try (AccountStore store = assertTimeoutPreemptively(REOPEN_LIMIT, () -> AccountStore.open(file, CAPACITY))) {
                assertTrue(store.recoveredAfterCrash());
                assertTrue(store.size() >= acknowledged, "size " + store.size() + " < acknowledged " + acknowledged);
                assertAcknowledgedAccountsSurvived(store, acknowledged);
            }
        }
        try (AccountStore store = AccountStore.open(file, CAPACITY)) {
            assertFalse(store.recoveredAfterCrash(), "a clean close after recovery needs no recovery");
        }
    }

    private static void assertAcknowledgedAccountsSurvived(AccountStore store, long acknowledged) throws IOException {
        AccountRecord account = new AccountRecord();
        for (long i = 0; i < acknowledged; i++) {
            assertTrue(store.find(FIRST + i, account), "account " + i);
            assertEquals(FIRST + i, account.msisdn());
            assertEquals(i, account.balance());
        }
    }
}
