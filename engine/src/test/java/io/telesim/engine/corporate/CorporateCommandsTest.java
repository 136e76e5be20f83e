package io.telesim.engine.corporate;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static io.telesim.billing.TestNumbers.GLEB;
import static io.telesim.billing.TestNumbers.MOSCOW_OTHER;
import static io.telesim.billing.TestNumbers.VERA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.account.Iccid;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.Notices;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.clock.ManualClock;
import io.telesim.engine.state.FixedRecordStore;
import io.telesim.engine.state.RecordLayout;
import io.telesim.engine.statement.KindFilter;
import io.telesim.engine.statement.Page;
import io.telesim.engine.statement.StatementRecord;

/**
 * The corporate commands (spending and credit limits, SIM and number replacement, termination) on an
 * engine on files: journaled, replayed exactly once, idempotent, with their statement lines.
 */
class CorporateCommandsTest {

    @TempDir
    Path data;

    private final Catalog catalog = TestCatalogs.standard();
    private final ManualClock clock = new ManualClock(TestTimes.MID_MARCH);
    private final EngineSettings settings = EngineSettings.defaults().withMaxAccounts(1_000).withRingSize(1024)
            .withIdempotencyWindow(10_000).withOpenSessions(1_000).withCheckpointInterval(Duration.ofHours(1));
    private long nextId = 1;

    private Engine open() throws IOException {
        return Engine.open(data, catalog, clock, settings, NotificationSink.NONE);
    }

    private static ReplySnapshot call(Engine engine, Command command) throws Exception {
        return engine.call(command).get(10, TimeUnit.SECONDS);
    }

    private Command command(CommandType type, long msisdn) {
        return new Command().set(type, nextId++, msisdn);
    }

    private ReplySnapshot provision(Engine engine, long msisdn, long balance) throws Exception {
        return call(engine, command(CommandType.PROVISION, msisdn).item(catalog.tariffIndex("go")).amount(balance));
    }

    private static AccountRecord account(Engine engine, long msisdn) throws Exception {
        return engine.query(view -> {
            AccountRecord copy = AccountRecord.onHeap();
            return view.account(msisdn, copy) ? copy : null;
        }).get(10, TimeUnit.SECONDS);
    }

    private static List<StatementRecord> statement(Engine engine, long msisdn, int pageSize) {
        List<StatementRecord> all = new ArrayList<>();
        long cursor = Page.FIRST;
        do {
            Page page = engine.statements().query(msisdn, 0, Long.MAX_VALUE, KindFilter.ALL, pageSize, cursor);
            all.addAll(page.records());
            cursor = page.nextCursor();
        } while (cursor != Page.END);
        return all;
    }

    private void dropCheckpoint() throws IOException {
        try (var files = Files.list(data.resolve("state/checkpoint"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
    }

    @Test
    void shouldStopPaidUsageAtTheSpendingLimitAndShowTheMonthsSpend() throws Exception {
        try (Engine engine = open()) {
            provision(engine, ANNA, 100_000);
            assertEquals(Outcome.OK, call(engine, command(CommandType.SET_SPENDING_LIMIT, ANNA).amount(500)).outcome());

            ReplySnapshot call = call(engine, command(CommandType.CHARGE_SESSION, ANNA).item(UsageKind.VOICE.ordinal())
                    .other(MOSCOW_OTHER).amount(600));
            ReplySnapshot sms = call(engine, command(CommandType.CHARGE_SMS, ANNA).other(MOSCOW_OTHER).amount(1));

            assertEquals(120, call.grantedUnits());
            assertTrue(Notices.has(call.notices(), Notices.SPENDING_LIMIT_REACHED));
            assertEquals(Outcome.SPENDING_LIMIT_REACHED, sms.outcome());
            assertEquals("the number's monthly spending limit is reached", sms.outcome().reason());
            AccountRecord anna = account(engine, ANNA);
            assertEquals(500, anna.spendingLimit());
            assertEquals(500, anna.spentInMonthOf(clock.now()));
        }
    }

    @Test
    void shouldReplayEveryCorporateCommandExactlyOnceAfterARestart() throws Exception {
        long newSim = Iccid.defaultOf(MOSCOW_OTHER, 3);
        List<Command> sent = new ArrayList<>();
        try (Engine engine = open()) {
            provision(engine, ANNA, 100_000);
            provision(engine, BORIS, 20_000);
            provision(engine, GLEB, 7_000);
            for (Command c : List.of(command(CommandType.SET_SPENDING_LIMIT, ANNA).amount(5_000),
                    command(CommandType.SET_CREDIT_LIMIT, ANNA).amount(30_000),
                    command(CommandType.REPLACE_SIM, ANNA).amount(newSim),
                    command(CommandType.REPLACE_NUMBER, BORIS).other(VERA),
                    command(CommandType.TERMINATE, GLEB))) {
                assertEquals(Outcome.OK, call(engine, c).outcome(), c.toString());
                sent.add(c);
            }
        }
        dropCheckpoint();

        try (Engine engine = open()) {
            assertEquals(8, engine.replayedAtStart());
            AccountRecord anna = account(engine, ANNA);
            assertEquals(5_000, anna.spendingLimit());
            assertEquals(30_000, anna.creditLimit());
            assertEquals(newSim, anna.iccid());
            assertEquals(ANNA, engine.query(view -> view.numberOfSim(newSim)).get(10, TimeUnit.SECONDS));
            assertEquals(Outcome.UNKNOWN_SUBSCRIBER, engine.read(BORIS).get(10, TimeUnit.SECONDS).outcome());
            assertEquals(20_000, engine.read(VERA).get(10, TimeUnit.SECONDS).balance());
            assertEquals(Outcome.UNKNOWN_SUBSCRIBER, engine.read(GLEB).get(10, TimeUnit.SECONDS).outcome());

            for (Command c : sent) {
                ReplySnapshot again = call(engine, c);
                assertTrue(again.duplicate(), c + " is answered from the idempotency window");
                assertEquals(Outcome.OK, again.outcome());
            }
            assertEquals(List.of(MovementKind.SIM_REPLACEMENT, MovementKind.OPENING_BALANCE), kinds(statement(engine, ANNA, 10)));
            assertEquals(List.of(MovementKind.NUMBER_REPLACED_FROM, MovementKind.NUMBER_REPLACED_TO, MovementKind.OPENING_BALANCE),
                    kinds(statement(engine, VERA, 10)), "written once, though replayed");
            List<StatementRecord> gleb = statement(engine, GLEB, 10);
            assertEquals(MovementKind.TERMINATION, gleb.get(0).movementKind());
            assertEquals(7_000, gleb.get(0).balanceAfter(), "the balance at termination");
            assertEquals(2, gleb.size());
        }
    }

    @Test
    void shouldKeepTheSimIndexAcrossARestart() throws Exception {
        long card = Iccid.defaultOf(MOSCOW_OTHER, 0);
        try (Engine engine = open()) {
            provision(engine, ANNA, 1_000);
            provision(engine, BORIS, 1_000);
            call(engine, command(CommandType.REPLACE_SIM, ANNA).amount(card));
        }

        try (Engine engine = open()) {
            ReplySnapshot taken = call(engine, command(CommandType.REPLACE_SIM, BORIS).amount(card));
            assertEquals(Outcome.ICCID_IN_USE, taken.outcome());
            ReplySnapshot annasOldCard = call(engine, command(CommandType.REPLACE_SIM, BORIS).amount(Iccid.defaultOf(ANNA, 0)));
            assertEquals(Outcome.OK, annasOldCard.outcome(), "the card Anna gave up is free again");
            assertEquals(Outcome.ICCID_IN_USE, call(engine, command(CommandType.REPLACE_SIM, ANNA)
                    .amount(Iccid.defaultOf(ANNA, 0))).outcome(), "Boris has it now");
            assertEquals(Outcome.INVALID_ICCID, call(engine, command(CommandType.REPLACE_SIM, ANNA).amount(card + 1)).outcome());
            assertEquals(card, engine.query(view -> view.iccidOf(ANNA)).get(10, TimeUnit.SECONDS));
            assertEquals(BORIS, engine.query(view -> view.numberOfSim(Iccid.defaultOf(ANNA, 0))).get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void shouldMoveTheAccountAndMergeTheOldNumbersHistoryIntoTheNewOnesStatement() throws Exception {
        try (Engine engine = open()) {
            provision(engine, BORIS, 20_000);
            call(engine, command(CommandType.TOP_UP, BORIS).amount(3_000));
            clock.advance(TestTimes.DAY * 40);
            call(engine, command(CommandType.CHARGE_SMS, BORIS).other(MOSCOW_OTHER).amount(1));
            long sim = account(engine, BORIS).iccid();
            long balance = engine.read(BORIS).get(10, TimeUnit.SECONDS).balance();
            clock.advance(TestTimes.DAY);

            ReplySnapshot moved = call(engine, command(CommandType.REPLACE_NUMBER, BORIS).other(VERA));
            call(engine, command(CommandType.TOP_UP, VERA).amount(1_000));

            assertEquals(Outcome.OK, moved.outcome());
            assertEquals(balance, moved.balance());
            assertEquals(sim, account(engine, VERA).iccid(), "the SIM card stays");
            assertEquals(Outcome.UNKNOWN_SUBSCRIBER, call(engine, command(CommandType.TOP_UP, BORIS).amount(100)).outcome());
            List<StatementRecord> all = statement(engine, VERA, 100);
            for (int pageSize = 1; pageSize <= 4; pageSize++) {
                assertEquals(all, statement(engine, VERA, pageSize), "pages of " + pageSize + " give the same lines");
            }
            assertEquals(List.of(MovementKind.TOP_UP, MovementKind.NUMBER_REPLACED_FROM), kinds(all.subList(0, 2)));
            assertEquals(List.of(VERA, VERA, BORIS), all.subList(0, 3).stream().map(StatementRecord::msisdn).toList());
            assertEquals(MovementKind.OPENING_BALANCE, all.get(all.size() - 1).movementKind());
            assertEquals(balance + 1_000, all.stream().mapToLong(StatementRecord::money).sum(), "the merged statement reconciles");

            // The old number, connected again for someone else, starts a statement of its own.
            provision(engine, BORIS, 500);
            assertEquals(List.of(MovementKind.OPENING_BALANCE), kinds(statement(engine, BORIS, 10)));
            assertEquals(all, statement(engine, VERA, 100), "and the new number's history has none of it");
            assertThrows(IllegalArgumentException.class, () -> engine.statements().query(ANNA, 0, Long.MAX_VALUE, KindFilter.ALL, 1,
                    all.get(all.size() - 1).position()), "a cursor into another number's history is refused");
        }
    }

    @Test
    void shouldRefuseADataDirectoryWrittenWithThe320ByteAccounts() throws Exception {
        try (Engine engine = open()) {
            provision(engine, ANNA, 1_000);
        }
        Path accounts = data.resolve("state/accounts.map");
        Files.delete(accounts);
        Files.delete(data.resolve("state/accounts.map.meta"));
        FixedRecordStore.open(accounts, new RecordLayout("account", 1, 320), 1_000).close();

        Exception refused = assertThrows(Exception.class, this::open);

        assertTrue(String.valueOf(refused.getMessage()).contains("holds account v1 (320 bytes) records, expected account v2 (384 bytes)"),
                String.valueOf(refused));
    }

    @Test
    void shouldNotShowTheEarlierOwnerOfTheNewNumber() throws Exception {
        try (Engine engine = open()) {
            provision(engine, VERA, 9_000);
            call(engine, command(CommandType.TOP_UP, VERA).amount(111));
            call(engine, command(CommandType.TERMINATE, VERA));
            provision(engine, BORIS, 20_000);
            clock.advance(TestTimes.DAY);

            call(engine, command(CommandType.REPLACE_NUMBER, BORIS).other(VERA));

            List<StatementRecord> vera = statement(engine, VERA, 2);
            assertEquals(List.of(MovementKind.NUMBER_REPLACED_FROM, MovementKind.NUMBER_REPLACED_TO, MovementKind.OPENING_BALANCE),
                    kinds(vera));
            assertEquals(List.of(VERA, BORIS, BORIS), vera.stream().map(StatementRecord::msisdn).toList());
            assertEquals(20_000, vera.get(2).money());
        }
    }

    @Test
    void shouldRefuseNumberReplacementsThatCannotBeDone() throws Exception {
        try (Engine engine = open()) {
            provision(engine, ANNA, 100_000);
            provision(engine, BORIS, 100_000);
            call(engine, command(CommandType.RESERVE, ANNA).sessionId(5).item(UsageKind.VOICE.ordinal()).other(MOSCOW_OTHER).amount(60));

            assertEquals(Outcome.SESSIONS_OPEN, call(engine, command(CommandType.REPLACE_NUMBER, ANNA).other(VERA)).outcome());
            assertEquals(Outcome.SESSIONS_OPEN, call(engine, command(CommandType.TERMINATE, ANNA)).outcome());
            assertEquals(Outcome.ALREADY_PROVISIONED, call(engine, command(CommandType.REPLACE_NUMBER, BORIS).other(ANNA)).outcome());
            assertEquals(Outcome.INVALID_NUMBER, call(engine, command(CommandType.REPLACE_NUMBER, BORIS).other(MOSCOW_OTHER)).outcome());
            assertEquals(Outcome.UNKNOWN_SUBSCRIBER, call(engine, command(CommandType.REPLACE_NUMBER, VERA).other(GLEB)).outcome());
            assertFalse(engine.read(VERA).get(10, TimeUnit.SECONDS).outcome().isSuccess());
        }
    }

    @Test
    void shouldAnswerATerminationWithTheFinalBalance() throws Exception {
        try (Engine engine = open()) {
            provision(engine, ANNA, 12_345);

            ReplySnapshot terminated = call(engine, command(CommandType.TERMINATE, ANNA));

            assertEquals(Outcome.OK, terminated.outcome());
            assertEquals(12_345, terminated.balance());
            assertEquals(AccountStatus.TERMINATED, terminated.status());
            assertEquals(Outcome.UNKNOWN_SUBSCRIBER, engine.read(ANNA).get(10, TimeUnit.SECONDS).outcome());
            assertEquals(0L, engine.query(view -> view.iccidOf(ANNA)).get(10, TimeUnit.SECONDS));
            assertEquals(0L, engine.query(view -> view.numberOfSim(Iccid.defaultOf(ANNA, 0))).get(10, TimeUnit.SECONDS));
        }
    }

    private static List<MovementKind> kinds(List<StatementRecord> records) {
        return records.stream().map(StatementRecord::movementKind).toList();
    }
}
