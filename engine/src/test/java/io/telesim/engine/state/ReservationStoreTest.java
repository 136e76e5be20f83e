package io.telesim.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.rating.ReservationRecord;

/** Open sessions live in a second map file through the same store, and survive a restart. */
class ReservationStoreTest {

    // ReservationRecord's writers are billing-core's; these offsets stand in for them (session id, held money).
    private static final int SESSION_ID = 0;
    private static final int HELD_MONEY = 56;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("reservations.map");
    }

    @Test
    void shouldKeepOpenReservationsAndForgetClosedOnesAcrossARestart() throws IOException {
        RecordSlot slot = new RecordSlot();
        ReservationRecord reservation = new ReservationRecord().wrap(slot, 0);
        try (ReservationStore store = ReservationStore.open(file(), 100)) {
            for (long session = 1; session <= 10; session++) {
                assertTrue(store.claim(session, slot));
                assertEquals(0, reservation.sessionId(), "claimed records are zeroed");
                slot.putLong(SESSION_ID, session);
                slot.putLong(HELD_MONEY, session * 100);
            }
            assertTrue(store.remove(3));
            assertFalse(store.remove(3));
        }
        try (ReservationStore store = ReservationStore.open(file(), 100)) {
            assertEquals(9, store.size());
            assertFalse(store.find(3, slot));
            assertTrue(store.find(7, slot));
            assertEquals(7, reservation.sessionId());
            assertEquals(700, reservation.heldMoney());
            Set<Long> open = new HashSet<>();
            store.forEach(open::add);
            assertEquals(Set.of(1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), open);
        }
    }

    @Test
    void shouldReuseTheSpaceOfClosedReservations() throws IOException {
        RecordSlot slot = new RecordSlot();
        try (ReservationStore store = ReservationStore.open(file(), 4)) {
            for (long round = 0; round < 1_000; round++) {
                long session = round + 1;
                assertTrue(store.claim(session, slot), "claim in round " + round);
                assertEquals(0, slot.getLong(HELD_MONEY), "a reused record starts zeroed");
                slot.putLong(HELD_MONEY, 5);
                assertTrue(store.remove(session));
            }
            assertEquals(0, store.size());
        }
    }

    @Test
    void shouldRefuseADuplicateTheZeroIdAndAFullStore() throws IOException {
        RecordSlot slot = new RecordSlot();
        try (ReservationStore store = ReservationStore.open(file(), 2)) {
            assertFalse(store.claim(0, slot));
            assertTrue(store.claim(1, slot));
            assertFalse(store.claim(1, slot));
            assertTrue(store.claim(2, slot));
            assertFalse(store.claim(3, slot));
            assertTrue(store.remove(1));
            assertTrue(store.claim(3, slot));
        }
    }
}
