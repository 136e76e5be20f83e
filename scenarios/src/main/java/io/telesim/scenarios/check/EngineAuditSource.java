package io.telesim.scenarios.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineBusyException;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.statement.Page;
import io.telesim.engine.statement.StatementRecord;
import io.telesim.engine.statement.StatementStore;

/** Accounts read through the engine's ring, many at once, and statements straight from its store: every line of each. */
public final class EngineAuditSource implements AuditSource {

    private static final int BATCH = 1_024;
    private static final int PAGE = 1_000;

    private final Engine engine;
    private final StatementStore statements;

    public EngineAuditSource(Engine engine) {
        this.engine = engine;
        this.statements = engine.statements();
        if (statements == null) {
            throw new IllegalArgumentException("the audit needs an engine with a statement store (opened on files)");
        }
    }

    @Override
    public int batch() {
        return BATCH;
    }

    @Override
    public void read(long[] numbers, int from, int to, Visitor visitor) throws InterruptedException {
        List<CompletableFuture<ReplySnapshot>> reads = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            reads.add(read(numbers[i]));
        }
        for (int i = from; i < to; i++) {
            ReplySnapshot account = await(reads.get(i - from));
            if (account == null || account.outcome() != Outcome.OK) {
                visitor.visit(numbers[i], null, List.of());
                continue;
            }
            List<StatementRecord> records = new ArrayList<>();
            long cursor = Page.FIRST;
            do {
                Page page = statements.query(numbers[i], 0, Long.MAX_VALUE, PAGE, cursor);
                records.addAll(page.records());
                cursor = page.nextCursor();
            } while (cursor != Page.END);
            visitor.visit(numbers[i], new Account(account.balance(), account.voiceLeft(), account.smsLeft(), account.dataLeft()), records);
        }
    }

    private CompletableFuture<ReplySnapshot> read(long msisdn) throws InterruptedException {
        while (true) {
            CompletableFuture<ReplySnapshot> read = engine.read(msisdn);
            if (!read.isCompletedExceptionally()) {
                return read;
            }
            try {
                read.join();
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof EngineBusyException)) {
                    return read;
                }
            }
            TimeUnit.MILLISECONDS.sleep(1);
        }
    }

    private static ReplySnapshot await(CompletableFuture<ReplySnapshot> read) {
        try {
            return read.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }
}
