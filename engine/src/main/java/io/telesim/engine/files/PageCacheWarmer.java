package io.telesim.engine.files;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has the kernel put in the page cache, on a thread of its own, the pages the journal and the statement log
 * will append to next, before their appending threads get there.
 *
 * <p>Why: Chronicle Queue appends through a memory mapping of a file it extends ahead of the writer, a region
 * with no data yet. The first store into such a page faults, and the kernel allocates and zeroes the page on
 * the appending thread: profiled at a million commands a second, 7% of the writer thread's time and 17% of the
 * output stage's. A read of that region here fills the page cache with the zeroed pages instead, and the
 * appenders' stores find them there. It only reads, so it can never disturb what the appenders write. (On
 * tmpfs a read of a hole allocates nothing and this does no good, nor harm.) The thread runs at the lowest
 * priority, on what the stage threads leave of the cores.
 */
public final class PageCacheWarmer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PageCacheWarmer.class);
    /** How far past each write position the pages are kept warm. */
    static final long LEAD = 32L << 20;
    private static final int STEP = 1 << 20;
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final List<Followed> followed;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(STEP);
    private final Thread thread;
    private volatile boolean running = true;

    /** A warmer whose passes the caller runs ({@link #warmOnce}); {@link #start} runs them on a thread. */
    PageCacheWarmer(List<AppendPoint> points) {
        this.followed = points.stream().map(Followed::new).toList();
        this.thread = new Thread(this::run, "telesim-page-warmer");
        thread.setDaemon(true);
    }

    /** Starts a warmer thread that keeps ahead of every one of {@code points}. */
    public static PageCacheWarmer start(List<AppendPoint> points) {
        PageCacheWarmer warmer = new PageCacheWarmer(points);
        warmer.thread.start();
        return warmer;
    }

    /** One pass over every append point; returns the bytes read. The thread's loop, and tests. */
    long warmOnce() {
        long read = 0;
        for (Followed each : followed) {
            read += each.warm(buffer);
        }
        return read;
    }

    private void run() {
        // the appenders fault a page themselves when this falls behind; it must never take a core from them
        LowPriority.ofCallingThread();
        while (running) {
            if (warmOnce() == 0) {
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        }
        followed.forEach(Followed::close);
    }

    /** Stops the thread and waits for it. */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One append point, its file open for reading and how far it is warm. */
    private static final class Followed {

        private final AppendPoint point;
        private File file;
        private FileChannel channel;
        private long warmTo;

        Followed(AppendPoint point) {
            this.point = point;
        }

        /** Reads at most one step of what lies between the warm end and {@link #LEAD} past the write position. */
        long warm(ByteBuffer buffer) {
            File now = point.file();
            if (now == null) {
                return 0;
            }
            long position = point.position();
            try {
                if (now != file) {
                    close();
                    channel = FileChannel.open(now.toPath(), StandardOpenOption.READ);
                    file = now;
                    warmTo = position;
                }
                warmTo = Math.max(warmTo, position);
                long end = Math.min(position + LEAD, channel.size());
                if (warmTo >= end) {
                    return 0;
                }
                buffer.clear().limit((int) Math.min(buffer.capacity(), end - warmTo));
                int read = channel.read(buffer, warmTo);
                if (read <= 0) {
                    return 0;
                }
                warmTo += read;
                return read;
            } catch (IOException e) {
                // a rolled and deleted file, say: the appender has moved on, and so will the next pass
                LOG.debug("could not read ahead in {}", now, e);
                close();
                return 0;
            }
        }

        void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    LOG.debug("closing {}", file, e);
                }
            }
            channel = null;
            file = null;
        }
    }
}
