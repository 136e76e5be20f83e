package io.telesim.engine.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses a live-state directory too small for the files the engine will map there. They are memory-mapped:
 * on a full tmpfs (a container's 64 MiB {@code /dev/shm}, say) the kernel kills the process with SIGBUS at the
 * first store into a page it cannot supply, instead of returning an error. So before it creates them the engine
 * checks the room: the account map and the statement heads take about {@value #BYTES_PER_ACCOUNT} bytes per
 * account they are sized for (416 and about 50 measured, BENCHMARKS.md).
 */
final class LiveStateSpace {

    static final long BYTES_PER_ACCOUNT = 512;
    private static final long MIB = 1 << 20;

    private LiveStateSpace() {
    }

    /**
     * @param directory   the live-state directory, about to receive new live files
     * @param maxAccounts the accounts the map is sized for
     * @throws IOException naming the directory, the room it has and the room needed, when it has too little
     */
    static void check(Path directory, long maxAccounts) throws IOException {
        long usable = Files.getFileStore(directory).getUsableSpace();
        long needed = needed(maxAccounts);
        if (usable < needed) {
            throw new IOException("the live state directory " + directory + " has " + usable / MIB + " MiB free, and the account map"
                    + " and statement heads for " + maxAccounts + " accounts need about " + (needed + MIB - 1) / MIB
                    + " MiB: choose a larger directory (engine.live_state, --live-state) or fewer accounts (engine.max_accounts)");
        }
    }

    static long needed(long maxAccounts) {
        return Math.multiplyExact(maxAccounts, BYTES_PER_ACCOUNT);
    }
}
