package io.telesim.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.agrona.concurrent.UnsafeBuffer;
import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.account.AccountRecord;

class AccountStoreTest {

    private static final long FIRST = 79_160_000_000L;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("accounts.map");
    }

    @Test
    void shouldKeepUpdatesMadeInPlaceAfterCloseAndReopen() throws IOException {
        AccountRecord account = new AccountRecord();
        try (AccountStore store = AccountStore.open(file(), 100)) {
            assertTrue(store.create(FIRST, account));
            account.msisdn(FIRST);
            account.balance(12_345);
            account.voiceLeft(600);
            assertTrue(store.find(FIRST, account));
            account.balance(account.balance() - 345);
        }
        try (AccountStore store = AccountStore.open(file(), 100)) {
            AccountRecord reread = new AccountRecord();
            assertTrue(store.find(FIRST, reread));
            assertEquals(FIRST, reread.msisdn());
            assertEquals(12_000, reread.balance());
            assertEquals(600, reread.voiceLeft());
            assertFalse(store.recoveredAfterCrash());
        }
    }

    @Test
    void shouldFindEveryAccountAfterReopen() throws IOException {
        int accounts = 5_000;
        AccountRecord account = new AccountRecord();
        try (AccountStore store = AccountStore.open(file(), accounts)) {
            for (int i = 0; i < accounts; i++) {
                assertTrue(store.create(FIRST + i, account));
                account.msisdn(FIRST + i);
                account.balance(i * 100L);
            }
        }
        try (AccountStore store = AccountStore.open(file(), accounts)) {
            assertEquals(accounts, store.size());
            for (int i = 0; i < accounts; i++) {
                assertTrue(store.find(FIRST + i, account), "account " + i);
                assertEquals(FIRST + i, account.msisdn());
                assertEquals(i * 100L, account.balance());
            }
            Set<Long> visited = new HashSet<>();
            store.forEach(visited::add);
            assertEquals(accounts, visited.size());
            assertTrue(visited.contains(FIRST + accounts - 1));
        }
    }

    @Test
    void shouldCreateAZeroedAccountAndRefuseToCreateItTwice() throws IOException {
        try (AccountStore store = AccountStore.open(file(), 10)) {
            AccountRecord account = new AccountRecord();
            assertTrue(store.create(FIRST, account));
            for (int offset = 0; offset < AccountRecord.LENGTH; offset += Long.BYTES) {
                assertEquals(0, account.buffer().getLong(account.offset() + offset));
            }
            account.balance(500);

            AccountRecord other = AccountRecord.onHeap();
            assertFalse(store.create(FIRST, other));
            assertTrue(store.find(FIRST, other));
            assertEquals(500, other.balance());
            assertEquals(1, store.size());
        }
    }

    @Test
    void shouldRefuseAccountsBeyondItsCapacity() throws IOException {
        try (AccountStore store = AccountStore.open(file(), 3)) {
            AccountRecord account = new AccountRecord();
            for (int i = 0; i < 3; i++) {
                assertTrue(store.create(FIRST + i, account));
            }
            assertFalse(store.create(FIRST + 3, account));
            assertFalse(store.contains(FIRST + 3));
            assertEquals(3, store.size());
        }
    }

    @Test
    void shouldKeepAnAccountAtTheSameAddressWhileOthersAreAdded() throws IOException {
        try (AccountStore store = AccountStore.open(file(), 20_000)) {
            AccountRecord first = new AccountRecord();
            assertTrue(store.create(FIRST, first));
            first.balance(777);
            long address = first.buffer().addressOffset();
            AccountRecord other = new AccountRecord();
            for (int i = 1; i < 20_000; i++) {
                assertTrue(store.create(FIRST + i, other));
                other.balance(i);
            }
            AccountRecord again = new AccountRecord();
            assertTrue(store.find(FIRST, again));
            assertEquals(address, again.buffer().addressOffset());
            assertEquals(777, first.balance());
        }
    }

    @Test
    void shouldReuseTheSlotOfAFlyweightItPointedBefore() throws IOException {
        try (AccountStore store = AccountStore.open(file(), 10)) {
            AccountRecord account = new AccountRecord();
            store.create(FIRST, account);
            store.create(FIRST + 1, account);
            account.balance(2);
            Object slot = account.buffer();
            assertTrue(store.find(FIRST, account));
            assertSame(slot, account.buffer());
            assertEquals(0, account.balance());
            assertTrue(store.find(FIRST + 1, account));
            assertSame(slot, account.buffer());
            assertEquals(2, account.balance());
        }
    }

    @Test
    void shouldNeverRepointABufferItDidNotHandOut() throws IOException {
        UnsafeBuffer shared = new UnsafeBuffer(new byte[2 * AccountRecord.LENGTH]);
        AccountRecord mine = new AccountRecord().wrap(shared, 0);
        AccountRecord neighbour = new AccountRecord().wrap(shared, AccountRecord.LENGTH);
        neighbour.balance(42);
        try (AccountStore store = AccountStore.open(file(), 10)) {
            store.create(FIRST, new AccountRecord());
            assertTrue(store.find(FIRST, mine));
            assertNotEquals(shared, mine.buffer());
            assertSame(shared, neighbour.buffer());
            assertEquals(42, neighbour.balance());
        }
    }

    @Test
    void shouldFindUpdateAndTouchAccountsWithoutAllocating() throws IOException {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        int accounts = 1_000;
        try (AccountStore store = AccountStore.open(file(), accounts)) {
            AccountRecord account = new AccountRecord();
            for (int i = 0; i < accounts; i++) {
                store.create(FIRST + i, account);
            }
            // A first pass gives the flyweight its slot.
            long touched = findUpdateAndTouchEach(store, account, accounts);
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int round = 0; round < 200; round++) {
                touched += findUpdateAndTouchEach(store, account, accounts);
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            // Under a byte per operation: one boxed key per find would be 3 MB. The VM itself now and then
            // allocates a few hundred bytes on the thread while the JIT swaps in compiled code.
            assertTrue(allocated < 200_000, allocated + " bytes allocated by 200,000 finds, updates and touches");
            assertTrue(store.find(FIRST + 7, account));
            assertEquals(201, account.balance());
            assertNotEquals(-1, touched);
        }
    }

    private static long findUpdateAndTouchEach(AccountStore store, AccountRecord account, int accounts) {
        long touched = 0;
        for (int i = 0; i < accounts; i++) {
            touched += store.touchAt(store.locate(FIRST + (i + 8) % accounts));
            store.find(FIRST + i, account);
            account.balance(account.balance() + 1);
        }
        return touched;
    }

    @Test
    void shouldLeaveTheFlyweightAloneForAnUnknownNumber() throws IOException {
        try (AccountStore store = AccountStore.open(file(), 10)) {
            AccountRecord account = AccountRecord.onHeap();
            account.balance(9);
            assertFalse(store.find(FIRST, account));
            assertEquals(9, account.balance());
        }
    }

    @Test
    void shouldTouchTheLinesTheRatingLoopReads() throws IOException {
        try (AccountStore store = AccountStore.open(file(), 10)) {
            AccountRecord account = new AccountRecord();
            store.create(FIRST, account);
            account.msisdn(FIRST);
            account.balance(1_000);
            assertEquals(account.touch(), store.touchAt(store.locate(FIRST)));
            assertNotEquals(0, store.touchAt(store.locate(FIRST)));
            assertEquals(0, store.touchAt(store.locate(FIRST + 1)));
        }
    }

    @Test
    void shouldAdmitASingleWriterOnly() throws IOException {
        try (AccountStore store = AccountStore.open(file(), 10)) {
            StateFileException refused = assertThrows(StateFileException.class, () -> AccountStore.open(file(), 10));
            assertTrue(refused.getMessage().contains("already open"), refused.getMessage());
            assertEquals(0, store.size());
        }
        try (AccountStore reopened = AccountStore.open(file(), 10)) {
            assertEquals(0, reopened.size());
        }
    }

    @Test
    void shouldSayWhetherItWasClosedCleanly() throws IOException {
        assertFalse(AccountStore.closedCleanly(file()));
        AccountStore store = AccountStore.open(file(), 10);
        assertFalse(AccountStore.closedCleanly(file()));
        store.close();
        assertTrue(AccountStore.closedCleanly(file()));
    }

    @Test
    void shouldFindNothingOnceClosed() throws IOException {
        AccountStore store = AccountStore.open(file(), 10);
        store.create(FIRST, new AccountRecord());
        store.close();
        assertFalse(store.find(FIRST, new AccountRecord()));
        assertEquals(0, store.touchAt(store.locate(FIRST)));
    }

    @Test
    void shouldRefuseToOpenWithMoreCapacityThanTheFileWasMadeFor() throws IOException {
        AccountStore.open(file(), 10).close();
        StateFileException refused = assertThrows(StateFileException.class, () -> AccountStore.open(file(), 11));
        assertTrue(refused.getMessage().contains("sized for 10 records"), refused.getMessage());
        try (AccountStore smaller = AccountStore.open(file(), 5)) {
            assertEquals(10, smaller.capacity());
        }
    }

    @Test
    void layoutVersionMustBeBumpedWhenTheAccountRecordChanges() {
        // A new AccountRecord length means moved fields: bump AccountStore.LAYOUT_VERSION, then update this pin.
        assertEquals(384, AccountRecord.LENGTH);
        assertEquals(2, AccountStore.LAYOUT_VERSION);
    }
}
