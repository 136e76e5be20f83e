package io.telesim.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandPositionsTest {

    /** A Chronicle index of a five-minute cycle in 2026. */
    private static final long RECORD = 25_708_815_240_396_800L;

    @Test
    void positionsGrowWithEveryCommandAndNameTheirRecord() {
        long last = -1;
        for (long record = RECORD; record < RECORD + 3; record++) {
            for (int place = 0; place < CommandPositions.PER_RECORD; place++) {
                long position = CommandPositions.of(record, place);
                assertTrue(position > last, "position " + position + " after " + last);
                assertEquals(record, CommandPositions.record(position));
                last = position;
            }
        }
        assertEquals(-1, CommandPositions.record(-1), "before the first command is before the first record");
    }

    @Test
    void recordsHoldWholeCommands() {
        assertEquals(1, CommandPositions.commandsIn(CommandCodec.LENGTH));
        assertEquals(CommandPositions.PER_RECORD, CommandPositions.commandsIn(CommandPositions.PER_RECORD * CommandCodec.LENGTH));
        assertThrows(IllegalStateException.class, () -> CommandPositions.commandsIn(CommandCodec.LENGTH + 1));
        assertThrows(IllegalStateException.class, () -> CommandPositions.commandsIn(0));
        assertThrows(IllegalStateException.class, () -> CommandPositions.commandsIn((CommandPositions.PER_RECORD + 1) * CommandCodec.LENGTH));
        assertThrows(IllegalArgumentException.class, () -> CommandPositions.of(RECORD, CommandPositions.PER_RECORD));
        assertThrows(IllegalArgumentException.class, () -> CommandPositions.of(Long.MAX_VALUE >> 3, 0));
    }
}
