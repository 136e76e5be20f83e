package io.telesim.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.billing.account.AccountRecord;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class AccountStoreProperties {

    private static final long FIRST = 79_260_000_000L;
    private static final int NUMBERS = 40;
    private static final int CAPACITY = 32;

    /** One step: create an account, write 8 bytes into one, or close and reopen the store. */
    record Step(int kind, int number, int slot, long value) {
        static final int CREATE = 0;
        static final int WRITE = 1;
        static final int REOPEN = 2;
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                Arbitraries.frequency(List.of(
                        Tuple.of(4, Step.CREATE), Tuple.of(10, Step.WRITE),
                        Tuple.of(1, Step.REOPEN))),
                Arbitraries.integers().between(0, NUMBERS - 1),
                Arbitraries.integers().between(0, AccountRecord.LENGTH / Long.BYTES - 1),
                Arbitraries.longs()).as(Step::new).list().ofMaxSize(120);
    }

    @Property(tries = 40)
    void anySequenceOfCreatesAndWritesLeavesTheBytesOfAnInMemoryModel(@ForAll("steps") List<Step> steps)
            throws IOException {
        Path dir = Files.createTempDirectory("account-store-property");
        Path file = dir.resolve("accounts.map");
        Map<Long, byte[]> model = new HashMap<>();
        AccountRecord account = new AccountRecord();
        AccountStore store = AccountStore.open(file, CAPACITY);
        try {
            for (Step step : steps) {
                long msisdn = FIRST + step.number();
                switch (step.kind()) {
                    case Step.CREATE -> {
                        boolean expected = !model.containsKey(msisdn) && model.size() < CAPACITY;
                        assertEquals(expected, store.create(msisdn, account), "create " + msisdn);
                        if (expected) {
                            model.put(msisdn, new byte[AccountRecord.LENGTH]);
                        }
                    }
                    case Step.WRITE -> {
                        byte[] modelBytes = model.get(msisdn);
                        assertEquals(modelBytes != null, store.find(msisdn, account), "find " + msisdn);
                        if (modelBytes != null) {
                            int offset = step.slot() * Long.BYTES;
                            account.buffer().putLong(account.offset() + offset, step.value());
                            new UnsafeBuffer(modelBytes).putLong(offset, step.value());
                        }
                    }
                    default -> {
                        store.close();
                        store = AccountStore.open(file, CAPACITY);
                    }
                }
            }
            store.close();
            store = AccountStore.open(file, CAPACITY);
            assertEquals(model.size(), store.size());
            for (int number = 0; number < NUMBERS; number++) {
                long msisdn = FIRST + number;
                byte[] expected = model.get(msisdn);
                if (expected == null) {
                    assertFalse(store.find(msisdn, account), "absent " + msisdn);
                } else {
                    assertTrue(store.find(msisdn, account), "present " + msisdn);
                    byte[] actual = new byte[AccountRecord.LENGTH];
                    account.buffer().getBytes(account.offset(), actual);
                    assertArrayEquals(expected, actual, "bytes of " + msisdn);
                }
            }
        } finally {
            store.close();
            TempFiles.deleteTree(dir);
        }
    }
}
