package io.telesim.engine.files;

import java.io.File;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Where an appender writes next: the file and the byte offset in it. Its appending thread publishes it
 * after each append; a {@link PageCacheWarmer} reads it from its own thread. Publishing is a release store,
 * free on x86, so the appender pays nothing for it.
 */
public final class AppendPoint {

    private static final VarHandle POSITION;

    static {
        try {
            POSITION = MethodHandles.lookup().findVarHandle(AppendPoint.class, "position", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile File file;
    @SuppressWarnings("unused") // through POSITION
    private long position;

    /** Appending thread only: the append that just ended left the write position at {@code position} of {@code file}. */
    public void moved(File file, long position) {
        if (file != this.file) {
            this.file = file;
        }
        POSITION.setRelease(this, position);
    }

    /** The file being appended to, or null before the first append; any thread. */
    File file() {
        return file;
    }

    /** The write position in {@link #file()}, as last published; any thread. */
    long position() {
        return (long) POSITION.getAcquire(this);
    }
}
