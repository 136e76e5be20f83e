package io.telesim.engine.state;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.billing.account.AccountRecord;
import net.openhft.chronicle.core.OS;

/**
 * Measures the account store at sizes too big for the test run: bytes per subscriber on disk, the cost of a
 * lookup through the index against a plain off-heap array of records, opening (index build), checkpoint and
 * restore, and the alternatives to the checkpoint's streamed copy. Prints one line per figure.
 *
 * <pre>
 * ./mvnw -o -q -pl engine -am test-compile
 * ./mvnw -o -q -pl engine dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/engine.cp
 * java $(JVM flags of the parent pom's telesim.jvm.flags) -Xmx4g \
 *      -cp engine/target/test-classes:engine/target/classes:$(cat /tmp/engine.cp) \
 *      io.telesim.engine.state.AccountStoreMeasurements /path/to/scratch-dir 1000000 10000000
 * </pre>
 */
public final class AccountStoreMeasurements {

    private static final long FIRST = 79_000_000_000L;
    private static final int OPS = 4_000_000;
    private static final int ROUNDS = 5;

    private static volatile long sink;

    private AccountStoreMeasurements() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (int i = 1; i < args.length; i++) {
            measure(dir, Integer.parseInt(args[i]));
        }
    }

    private static void measure(Path dir, int accounts) throws Exception {
        Path live = dir.resolve("accounts-" + accounts + ".map");
        Path snapshot = dir.resolve("accounts-" + accounts + ".checkpoint");
        deleteStore(live);
        Files.deleteIfExists(snapshot);
        String n = String.format("%,d", accounts);

        long start = System.nanoTime();
        AccountStore store = AccountStore.open(live, accounts);
        print(n, "create empty map file", ms(System.nanoTime() - start), "ms");
        AccountRecord account = new AccountRecord();
        start = System.nanoTime();
        for (int i = 0; i < accounts; i++) {
            store.create(FIRST + i, account);
            account.msisdn(FIRST + i);
            account.balance(10_000);
        }
        print(n, "insert", (System.nanoTime() - start) / accounts, "ns per account");
        start = System.nanoTime();
        store.close();
        print(n, "close (force to disk)", ms(System.nanoTime() - start), "ms");

        long size = Files.size(live);
        long used = diskUse(live);
        print(n, "map file size", size, String.format("bytes = %.1f per subscriber = %.3f GiB", size / (double) accounts, size / (double) (1L << 30)));
        print(n, "map file disk use (du)", used, String.format("bytes = %.1f per subscriber", used / (double) accounts));

        start = System.nanoTime();
        store = AccountStore.open(live, accounts);
        print(n, "open + index build", ms(System.nanoTime() - start), "ms");

        lookups(n, store, randomKeys(accounts), dir, accounts);

        for (int i = 1; i <= 3; i++) {
            Checkpoint checkpoint = store.checkpoint(snapshot, i);
            print(n, "direct checkpoint " + i + ": writer paused for copy + CRC32C + fsync", ms(checkpoint.pauseNanos()), "ms");
        }
        start = System.nanoTime();
        CheckpointStage stage = store.newCheckpointStage();
        print(n, "staged checkpoint: allocate + fault in the stage, once", ms(System.nanoTime() - start), "ms");
        for (int i = 1; i <= 3; i++) {
            store.capture(stage, i);
            Checkpoint checkpoint = stage.writeTo(snapshot);
            print(n, "staged checkpoint " + i + ": writer paused for the memory copy", ms(checkpoint.pauseNanos()), "ms");
            print(n, "staged checkpoint " + i + ": then CRC32C + write + fsync, writer running", ms(checkpoint.writeNanos()), "ms");
        }
        stage.close();
        alternatives(n, live, dir, accounts, store);
        store.close();

        start = System.nanoTime();
        AccountStore.restore(snapshot, live);
        print(n, "restore (verify CRC + copy + fsync + rename)", ms(System.nanoTime() - start), "ms");
        start = System.nanoTime();
        AccountStore.open(live, accounts).close();
        print(n, "open after restore + close", ms(System.nanoTime() - start), "ms");

        deleteStore(live);
        Files.deleteIfExists(snapshot);
    }

    /**
     * Random finds with a balance update: through the store (index, then the Chronicle mapping), and on two
     * plain arrays of the same records addressed by position: anonymous memory, and a shared mapping of a
     * file (what any persisted store pays for page faults after the kernel writes pages back).
     */
    private static void lookups(String n, AccountStore store, long[] keys, Path dir, int accounts) throws IOException {
        long bytes = (long) accounts * AccountRecord.LENGTH;
        long anonymous = OS.memory().allocate(bytes);
        Path mappedFile = dir.resolve("plain-array.mapped");
        try (FileChannel channel = FileChannel.open(mappedFile, CREATE, TRUNCATE_EXISTING, READ, WRITE)) {
            OS.memory().setMemory(anonymous, bytes, (byte) 0);
            channel.truncate(0);
            channel.write(ByteBuffer.allocate(1), bytes - 1);
            long mapped = OS.map(channel, FileChannel.MapMode.READ_WRITE, 0, bytes);
            try {
                OS.memory().setMemory(mapped, bytes, (byte) 0);
                channel.force(true);
                AccountRecord account = new AccountRecord();
                UnsafeBuffer slot = new UnsafeBuffer(0, 0);
                AccountRecord plain = new AccountRecord().wrap(slot, 0);
                double[][] nanos = new double[3][ROUNDS];
                double[][] faults = new double[3][ROUNDS];
                // One variant after the other, not interleaved: random writes over two big shared mappings at
                // once would push both past the kernel's dirty-page limits and slow each down by the other.
                for (int variant = 0; variant < 3; variant++) {
                    for (int round = -1; round < ROUNDS; round++) {
                        long faultsBefore = minorFaults();
                        double ns = variant == 0 ? timeStore(store, keys, account)
                                : timeArray(variant == 1 ? anonymous : mapped, keys, slot, plain);
                        if (round >= 0) {
                            nanos[variant][round] = ns;
                            faults[variant][round] = (minorFaults() - faultsBefore) / (double) keys.length;
                        }
                    }
                }
                String[] names = {"find + balance update, random accounts (store: index + map)",
                    "same on a plain array in anonymous memory (baseline)", "same on a plain array in a mapped file"};
                for (int variant = 0; variant < 3; variant++) {
                    print(n, names[variant], median(nanos[variant]), String.format("ns/op (%.3f page faults/op)", median(faults[variant])));
                }
            } finally {
                OS.unmap(mapped, bytes);
            }
        } finally {
            OS.memory().freeMemory(anonymous, bytes);
            Files.deleteIfExists(mappedFile);
        }
    }

    private static double timeStore(AccountStore store, long[] keys, AccountRecord account) {
        long start = System.nanoTime();
        long sum = 0;
        for (long key : keys) {
            if (store.find(key, account)) {
                long balance = account.balance() - 1;
                account.balance(balance);
                sum += balance;
            }
        }
        long elapsed = System.nanoTime() - start;
        sink += sum;
        return elapsed / (double) keys.length;
    }

    private static double timeArray(long base, long[] keys, UnsafeBuffer slot, AccountRecord account) {
        long start = System.nanoTime();
        long sum = 0;
        for (long key : keys) {
            slot.wrap(base + (key - FIRST) * AccountRecord.LENGTH, AccountRecord.LENGTH);
            long balance = account.balance() - 1;
            account.balance(balance);
            sum += balance;
        }
        long elapsed = System.nanoTime() - start;
        sink += sum;
        return elapsed / (double) keys.length;
    }

    /** This process's minor page faults so far (field 10 of /proc/self/stat). */
    private static long minorFaults() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[7]);
    }

    /** The other ways to take a consistent copy, timed on the same file, for the choice the store makes. */
    private static void alternatives(String n, Path live, Path dir, int accounts, AccountStore store) throws IOException {
        Path copy = dir.resolve("alternative.copy");
        long start = System.nanoTime();
        try (FileChannel in = FileChannel.open(live, READ); FileChannel out = FileChannel.open(copy, CREATE, TRUNCATE_EXISTING, WRITE)) {
            long size = in.size();
            for (long at = 0; at < size; ) {
                at += in.transferTo(at, size - at, out);
            }
        }
        print(n, "alternative: kernel file copy (transferTo), no checksum", ms(System.nanoTime() - start), "ms");
        Files.delete(copy);

        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        AccountRecord probe = new AccountRecord();
        UnsafeBuffer value = new UnsafeBuffer(0, 0);
        long[] written = new long[1];
        start = System.nanoTime();
        try (FileChannel out = FileChannel.open(copy, CREATE, TRUNCATE_EXISTING, WRITE)) {
            store.forEach(msisdn -> {
                try {
                    if (buffer.remaining() < Long.BYTES + AccountRecord.LENGTH) {
                        buffer.flip();
                        written[0] += out.write(buffer);
                        buffer.clear();
                    }
                    store.find(msisdn, probe);
                    buffer.putLong(msisdn);
                    value.wrap(probe.buffer().addressOffset(), AccountRecord.LENGTH);
                    value.getBytes(0, buffer, buffer.position(), AccountRecord.LENGTH);
                    buffer.position(buffer.position() + AccountRecord.LENGTH);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            buffer.flip();
            written[0] += out.write(buffer);
        }
        print(n, "alternative: iterate the index, write key + value (" + written[0] / accounts + " bytes each)",
                ms(System.nanoTime() - start), "ms");
        Files.delete(copy);

    }

    private static long[] randomKeys(int accounts) {
        SplittableRandom random = new SplittableRandom(42);
        long[] keys = new long[OPS];
        for (int i = 0; i < OPS; i++) {
            keys[i] = FIRST + random.nextInt(accounts);
        }
        return keys;
    }

    private static long diskUse(Path file) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "--block-size=1", file.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        du.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    private static void deleteStore(Path live) throws IOException {
        Files.deleteIfExists(live);
        Files.deleteIfExists(StoreMetaFile.pathFor(live));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(String accounts, String what, double value, String unit) {
        System.out.printf("%12s accounts | %-72s | %,14.1f %s%n", accounts, what, value, unit);
    }
}
