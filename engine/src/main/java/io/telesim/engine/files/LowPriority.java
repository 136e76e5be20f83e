package io.telesim.engine.files;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the calling thread the lowest scheduling priority (nice 19), so that it runs on what the engine's
 * stage threads leave of the cores. Java's own thread priorities do nothing on Linux. Any user may lower a
 * thread's priority; where that fails (not Linux), the thread keeps its priority and this says so once.
 */
final class LowPriority {

    private static final Logger LOG = LoggerFactory.getLogger(LowPriority.class);
    private static final int PRIO_PROCESS = 0;
    /** With PRIO_PROCESS, "who" 0 is the calling thread on Linux: nice values are per thread there. */
    private static final int CALLING_THREAD = 0;
    private static final int LOWEST = 19;

    private LowPriority() {
    }

    /** Lowers the calling thread's priority; true when it was lowered. */
    static boolean ofCallingThread() {
        if (!Platform.isLinux()) {
            LOG.debug("{} keeps its priority: only Linux has per-thread nice values", Thread.currentThread().getName());
            return false;
        }
        try {
            if (LibC.INSTANCE.setpriority(PRIO_PROCESS, CALLING_THREAD, LOWEST) == 0) {
                return true;
            }
            LOG.info("{} keeps its priority: setpriority failed with errno {}", Thread.currentThread().getName(), Native.getLastError());
        } catch (LinkageError e) {
            LOG.info("{} keeps its priority: libc could not be called ({})", Thread.currentThread().getName(), e.toString());
        }
        return false;
    }

    private interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int setpriority(int which, int who, int prio);
    }
}
