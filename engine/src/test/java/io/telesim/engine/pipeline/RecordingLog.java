package io.telesim.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.agrona.DirectBuffer;

/** A journal in memory: every appended record, in order. Written by the journal stage only. */
final class RecordingLog implements CommandLog {

    final List<byte[]> records = new ArrayList<>();

    @Override
    public long append(DirectBuffer buffer, int offset, int length) {
        byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        records.add(copy);
        return records.size();
    }

    @Override
    public void endOfBatch() {
    }
}
