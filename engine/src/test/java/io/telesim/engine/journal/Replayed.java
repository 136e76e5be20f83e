package io.telesim.engine.journal;

import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;

/** A reader that keeps a copy of everything replayed. */
final class Replayed implements JournalReader {

    final List<Long> positions = new ArrayList<>();
    final List<byte[]> commands = new ArrayList<>();
    /** What {@link CommandJournal#replay} returned. */
    long lastReturned;

    static Replayed from(CommandJournal journal, long afterPosition) {
        Replayed replayed = new Replayed();
        replayed.lastReturned = journal.replay(afterPosition, replayed);
        return replayed;
    }

    @Override
    public void onCommand(long position, DirectBuffer buffer, int offset, int length) {
        byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        positions.add(position);
        commands.add(copy);
    }

    int size() {
        return positions.size();
    }
}
