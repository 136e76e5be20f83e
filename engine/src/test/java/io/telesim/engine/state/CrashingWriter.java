package io.telesim.engine.state;

import java.nio.file.Path;
import java.util.SplittableRandom;

import io.telesim.billing.account.AccountRecord;
import net.openhft.chronicle.map.ExternalMapQueryContext;
import net.openhft.chronicle.map.ChronicleMap;

/**
 * The child JVM of {@link CrashTest}: writes accounts until it is killed. It prints {@code ACK n} once the
 * first n accounts are created with their number written into them, so the parent knows what must survive.
 *
 * <ul>
 *   <li>{@code write FILE CAPACITY}: opens the store (recovering it if needed), fills in the existing accounts
 *       again, then creates accounts after them and updates random existing ones until full.</li>
 *   <li>{@code hold-open FILE CAPACITY}: opens the store and keeps it open, forever.</li>
 *   <li>{@code hold-lock FILE CAPACITY N}: creates N accounts, then opens the map as a store would and holds
 *       a segment's update lock, forever: a writer killed inside a Chronicle operation.</li>
 * </ul>
 */
public final class CrashingWriter {

    static final long FIRST = 79_560_000_000L;

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long capacity = Long.parseLong(args[2]);
        switch (args[0]) {
            case "write" -> write(file, capacity);
            case "hold-open" -> holdOpen(file, capacity);
            default -> holdLock(file, capacity, Integer.parseInt(args[3]));
        }
    }

    private static void write(Path file, long capacity) throws Exception {
        AccountStore store = AccountStore.open(file, capacity);
        AccountRecord account = new AccountRecord();
        SplittableRandom random = new SplittableRandom();
        long created = store.size();
        // The previous writer may have died between creating an account and filling it in (a torn command):
        // apply the fills again, as the engine replays its journal.
        for (long i = 0; i < created; i++) {
            fill(store, FIRST + i, i, account);
        }
        while (created < capacity) {
            fill(store, FIRST + created, created, account);
            created++;
            if (created % 500 == 0) {
                System.out.println("ACK " + created);
                System.out.flush();
            }
            if (store.find(FIRST + random.nextLong(created), account)) {
                account.creditLimit(account.creditLimit() + 1);
            }
        }
        System.out.println("FULL");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void fill(AccountStore store, long msisdn, long balance, AccountRecord account) {
        if (!store.find(msisdn, account)) {
            store.create(msisdn, account);
        }
        account.msisdn(msisdn);
        account.balance(balance);
    }

    private static void holdOpen(Path file, long capacity) throws Exception {
        AccountStore store = AccountStore.open(file, capacity);
        System.out.println("OPEN " + store.size());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void holdLock(Path file, long capacity, int accounts) throws Exception {
        try (AccountStore store = AccountStore.open(file, capacity)) {
            AccountRecord account = new AccountRecord();
            for (int i = 0; i < accounts; i++) {
                store.create(FIRST + i, account);
                account.msisdn(FIRST + i);
                account.balance(i);
            }
        }
        StoreMetaFile metaFile = StoreMetaFile.lock(file);
        StoreMeta open = metaFile.read().withState(StoreState.OPEN);
        metaFile.write(open);
        ChronicleMap<Long, byte[]> map = ChronicleMapFiles.open(file, open, false);
        ExternalMapQueryContext<Long, byte[], ?> query = map.queryContext(FIRST);
        query.updateLock().lock();
        System.out.println("ACK " + accounts);
        System.out.println("LOCKED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
