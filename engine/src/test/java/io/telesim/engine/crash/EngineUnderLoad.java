package io.telesim.engine.crash;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestNumbers;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.rating.UsageKind;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.SubmitStatus;
import io.telesim.engine.clock.SystemClock;

/**
 * The engine under load in a child JVM, to be killed: opens (recovering whatever the last run left),
 * provisions {@link #ACCOUNTS} numbers, then submits top-ups, SMS, calls and transfers without end, and
 * now and then sends a recent command again with the same id. Every reply is appended at once to the
 * acknowledgement file as {@code id outcome-ordinal duplicate}: what a client was told before the kill.
 *
 * <p>Arguments: data directory, acknowledgement file, first command id, seed.
 */
public final class EngineUnderLoad {

    static final int ACCOUNTS = 200;
    static final long FIRST_NUMBER = 79_160_100_000L;

    private EngineUnderLoad() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        long nextId = Long.parseLong(args[2]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
        Catalog catalog = TestCatalogs.standard();
        EngineSettings settings = EngineSettings.defaults().withMaxAccounts(1_000).withRingSize(1024).withOpenSessions(1_000)
                .withIdempotencyWindow(1 << 20).withCheckpointInterval(Duration.ofMillis(args.length > 4 ? Long.parseLong(args[4]) : 300));
        FileChannel acks = new FileOutputStream(args[1], true).getChannel();
        Engine engine = Engine.open(data, catalog, new SystemClock(), settings, NotificationSink.NONE);
        Command command = new Command();
        for (int i = 0; i < ACCOUNTS; i++) {
            // The id is the number: provisioning again after a restart is answered from the idempotency window.
            send(engine, command.set(CommandType.PROVISION, FIRST_NUMBER + i, FIRST_NUMBER + i).item(catalog.tariffIndex("go"))
                    .amount(100_000), acks);
        }
        System.out.println("ready");
        long[] recent = new long[64];
        Command[] sent = new Command[64];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = new Command();
        }
        while (true) {
            int slot = (int) (nextId % recent.length);
            if (random.nextInt(10) == 0 && recent[slot] != 0) {
                send(engine, sent[random.nextInt(sent.length)], acks);
                continue;
            }
            long who = FIRST_NUMBER + random.nextInt(ACCOUNTS);
            long id = nextId++;
            switch (random.nextInt(4)) {
                case 0 -> command.set(CommandType.TOP_UP, id, who).amount(1_000 + random.nextInt(100_000));
                case 1 -> command.set(CommandType.CHARGE_SMS, id, who).other(TestNumbers.MOSCOW_OTHER).amount(1 + random.nextInt(3));
                case 2 -> command.set(CommandType.CHARGE_SESSION, id, who).item(UsageKind.VOICE.ordinal())
                        .other(TestNumbers.MOSCOW_OTHER).amount(1 + random.nextInt(600));
                default -> command.set(CommandType.TRANSFER, id, who).other(FIRST_NUMBER + random.nextInt(ACCOUNTS))
                        .amount(1_000 + random.nextInt(10_000));
            }
            copy(command, sent[slot]);
            recent[slot] = id;
            send(engine, command, acks);
        }
    }

    private static void copy(Command from, Command to) {
        to.set(from.type(), from.commandId(), from.msisdn()).other(from.other()).amount(from.amount()).item(from.item());
    }

    private static void send(Engine engine, Command command, FileChannel acks) {
        while (engine.submit(command, reply -> acknowledge(acks, reply.commandId(), reply.outcome().ordinal(), reply.duplicate()))
                != SubmitStatus.ACCEPTED) {
            Thread.onSpinWait();
        }
    }

    /** On the engine's output thread: straight into the page cache, so a kill right after loses nothing. */
    private static void acknowledge(FileChannel acks, long id, int outcome, boolean duplicate) {
        try {
            acks.write(ByteBuffer.wrap((id + " " + outcome + " " + (duplicate ? 1 : 0) + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new IllegalStateException("could not record an acknowledgement", e);
        }
    }
}
