package io.telesim.engine.journal;

import java.nio.file.Path;
import net.openhft.chronicle.core.time.TimeProvider;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.queue.impl.single.TableStoreWriteLock;
import net.openhft.chronicle.threads.BusyTimedPauser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the Chronicle Queues the journal is made of, all with the same layout. */
public final class JournalQueues {

    private static final Logger LOG = LoggerFactory.getLogger(JournalQueues.class);

    private JournalQueues() {
    }

    /**
     * Opens (or creates) a queue in {@code directory} and, because the caller owns the directory,
     * releases a write lock left behind by a process that died while appending.
     *
     * <p>Chronicle keeps its write lock in {@code metadata.cq4t} as the holder's process id. It frees a
     * lock whose process is gone when a queue opens, but a restarted engine in a container often gets
     * the dead one's process id back; Chronicle then takes the lock for live, waits out its timeout
     * (15 s) on the first append and fails. The caller holds the directory's {@link DirectoryLock},
     * so no live process can hold this lock: any holder is a dead one.
     */
    public static SingleChronicleQueue open(Path directory, RollCycle rollCycle, TimeProvider clock) {
        SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(directory)
                .rollCycle(rollCycle)
                .timeProvider(clock)
                .build();
        try {
            releaseStaleWriteLock(queue);
        } catch (RuntimeException e) {
            queue.close();
            throw e;
        }
        return queue;
    }

    private static void releaseStaleWriteLock(SingleChronicleQueue queue) {
        try (TableStoreWriteLock lock = new TableStoreWriteLock(queue.metaStore(), BusyTimedPauser::new, 0L)) {
            if (lock.locked()) {
                LOG.warn("Journal {}: Chronicle's write lock was still held by process {} (a writer that died "
                        + "while appending); releasing it", queue.fileAbsolutePath(), (int) lock.lockedBy());
                lock.forceUnlock();
            }
        }
    }
}
