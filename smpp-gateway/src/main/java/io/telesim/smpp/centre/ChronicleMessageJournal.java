package io.telesim.smpp.centre;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.core.time.SystemTimeProvider;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.engine.journal.DirectoryLock;
import io.telesim.engine.journal.JournalQueues;

/**
 * The message journal on a Chronicle Queue (daily files) in its own directory. Any thread may append:
 * Chronicle gives each thread its own appender and publishes a record whole or not at all, so a process
 * killed mid-append leaves no half message behind. Records are written to the memory-mapped file, which
 * survives the process; a power loss may lose the last ones (unlike the engine's journal, records carry
 * no checksum and are not forced to disk). On open, files older than the longest validity plus a day,
 * which can hold nothing still pending, are deleted.
 */
public final class ChronicleMessageJournal implements MessageJournal {

    private static final Logger LOG = LoggerFactory.getLogger(ChronicleMessageJournal.class);

    private final DirectoryLock lock;
    private final SingleChronicleQueue queue;
    private final List<SmsMessage> pending;

    private ChronicleMessageJournal(DirectoryLock lock, SingleChronicleQueue queue, List<SmsMessage> pending) {
        this.lock = lock;
        this.queue = queue;
        this.pending = pending;
    }

    /** Opens (or creates) the journal in {@code directory} and reads which messages are still pending. */
    public static ChronicleMessageJournal open(Path directory, Duration maxValidity) {
        DirectoryLock lock = DirectoryLock.acquire(directory);
        deleteOldFiles(directory, maxValidity.plusDays(1));
        SingleChronicleQueue queue = JournalQueues.open(directory, RollCycles.FAST_DAILY, SystemTimeProvider.INSTANCE);
        try {
            List<SmsMessage> pending = replay(queue);
            LOG.info("SMS journal {}: {} messages still to deliver", directory, pending.size());
            return new ChronicleMessageJournal(lock, queue, pending);
        } catch (RuntimeException e) {
            queue.close();
            lock.close();
            throw e;
        }
    }

    private static List<SmsMessage> replay(SingleChronicleQueue queue) {
        Map<Long, SmsMessage> open = new LinkedHashMap<>();
        ExcerptTailer tailer = queue.createTailer();
        while (true) {
            try (DocumentContext document = tailer.readingDocument()) {
                if (!document.isPresent()) {
                    break;
                }
                Bytes<?> bytes = document.wire().bytes();
                byte type = bytes.readByte();
                if (type == MessageRecords.FINISHED) {
                    open.remove(bytes.readLong());
                } else {
                    SmsMessage message = MessageRecords.readMessage(bytes);
                    open.put(message.id(), message);
                }
            }
        }
        return new ArrayList<>(open.values());
    }

    /**
     * Deletes the daily files nothing has been written to for {@code keep}: every message in them has been
     * delivered or has expired. Done before the queue is opened, so Chronicle never sees them go.
     */
    private static void deleteOldFiles(Path directory, Duration keep) {
        long before = System.currentTimeMillis() - keep.toMillis();
        File[] files = directory.toFile().listFiles((dir, name) -> name.endsWith(".cq4"));
        for (File file : files == null ? new File[0] : files) {
            if (file.lastModified() < before && file.delete()) {
                LOG.info("SMS journal: deleted {}, untouched for more than {}", file, keep);
            }
        }
    }

    @Override
    public void accepted(SmsMessage message) {
        write(MessageRecords.ACCEPTED, message);
    }

    @Override
    public void replaced(SmsMessage message) {
        write(MessageRecords.REPLACED, message);
    }

    @Override
    public void finished(SmsMessage message) {
        try (DocumentContext document = queue.acquireAppender().writingDocument()) {
            MessageRecords.writeFinished(document.wire().bytes(), message);
        }
    }

    private void write(byte type, SmsMessage message) {
        try (DocumentContext document = queue.acquireAppender().writingDocument()) {
            MessageRecords.writeMessage(document.wire().bytes(), type, message);
        }
    }

    @Override
    public List<SmsMessage> pending() {
        return pending;
    }

    @Override
    public void close() {
        queue.close();
        lock.close();
    }
}
