package io.telesim.simulator.web.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.statement.Page;
import io.telesim.engine.statement.StatementRecord;
import io.telesim.engine.statement.StatementStore;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.http.Json;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /admin/statements/bulk}: many numbers' accounts and statements in one request, for a load test's audit of
 * a whole population. Without positions it is a snapshot (each account and the head of its statement); with them, each
 * number's lines after its position, so a later audit reads only what happened since the snapshot. The accounts are read
 * through the engine's ring (a full ring is a 503 {@code busy}: ask again), the statements off the event loop.
 */
final class BulkStatementRoutes implements RouteSet {

    /** The most lines one answer holds; ask for fewer numbers when a population has more. */
    static final int MAX_ROWS = 1_000_000;
    private static final int PAGE = 1_000;

    @Override
    public void mount(Router router, WebRuntime web) {
        router.post("/admin/statements/bulk").handler(ctx -> bulk(ctx, web));
    }

    private static void bulk(RoutingContext ctx, WebRuntime web) {
        BulkStatementsRequest request = Json.body(ctx, BulkStatementsRequest.class);
        long[] numbers = numbers(request);
        long[] after = after(request, numbers.length);
        StatementStore store = web.services().engine().statements();
        if (store == null) {
            throw ApiError.conflict("statements_unavailable", "the operator runs in memory and keeps no statements");
        }
        EngineCalls calls = web.services().calls();
        List<Future<ReplySnapshot>> reads = new ArrayList<>(numbers.length);
        for (long number : numbers) {
            reads.add(calls.runAllowing(new Command().set(CommandType.READ, 0, number)));
        }
        Future<int[]> tariffs = calls.query(view -> {
            AccountRecord copy = AccountRecord.onHeap();
            int[] tariff = new int[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                tariff[i] = view.account(numbers[i], copy) ? copy.tariff() : -1;
            }
            return tariff;
        });
        Catalog catalog = web.services().catalog();
        WebRuntime.respond(ctx, Future.all(reads).compose(read -> tariffs).compose(tariff -> web.blocking(() -> {
            List<SubscriberStatement> subscribers = new ArrayList<>(numbers.length);
            int[] rows = {0};
            for (int i = 0; i < numbers.length; i++) {
                subscribers.add(one(store, catalog, numbers[i], reads.get(i).result(), tariff[i], after == null ? null : after[i], rows));
            }
            return new BulkStatements(subscribers);
        })));
    }

    private static SubscriberStatement one(StatementStore store, Catalog catalog, long number, ReplySnapshot read, int tariff, Long after,
                                           int[] rowsSoFar) {
        boolean found = read.outcome() == Outcome.OK && tariff >= 0;
        long head = -1;
        long headBalance = 0;
        List<StatementRow> rows = after == null ? null : new ArrayList<>();
        long cursor = Page.FIRST;
        walk:
        do {
            Page page = store.query(number, 0, Long.MAX_VALUE, after == null ? 1 : PAGE, cursor);
            for (StatementRecord record : page.records()) {
                if (head < 0) {
                    head = record.position();
                    headBalance = record.balanceAfter();
                }
                if (after == null || record.position() <= after) {
                    break walk;
                }
                if (++rowsSoFar[0] > MAX_ROWS) {
                    throw ApiError.badRequest("more than " + MAX_ROWS + " statement lines: ask for fewer numbers at once");
                }
                rows.add(StatementRow.of(record, catalog));
            }
            cursor = page.nextCursor();
        } while (cursor != Page.END);
        if (rows != null) {
            Collections.reverse(rows);
        }
        if (!found) {
            return new SubscriberStatement(number, false, null, null, 0, 0, 0, 0, head, headBalance, rows);
        }
        return new SubscriberStatement(number, true, AccountDetails.lower(read.status().name()), catalog.tariff(tariff).id(), read.balance(),
                read.voiceLeft(), read.smsLeft(), read.dataLeft(), head, headBalance, rows);
    }

    private static long[] numbers(BulkStatementsRequest request) {
        List<Long> numbers = request.numbers();
        if (numbers == null || numbers.isEmpty() || numbers.size() > BulkStatementsRequest.MAX) {
            throw ApiError.badRequest("'numbers' must list 1.." + BulkStatementsRequest.MAX + " numbers, got "
                    + (numbers == null ? 0 : numbers.size()));
        }
        long[] values = new long[numbers.size()];
        for (int i = 0; i < values.length; i++) {
            Long number = numbers.get(i);
            if (number == null || number <= 0) {
                throw ApiError.badRequest("'numbers' holds numbers as 11-digit integers; item " + i + " is " + number);
            }
            values[i] = number;
        }
        return values;
    }

    private static long[] after(BulkStatementsRequest request, int count) {
        List<Long> after = request.after();
        if (after == null) {
            return null;
        }
        if (after.size() != count) {
            throw ApiError.badRequest("'after' needs a position for each of the " + count + " numbers, got " + after.size());
        }
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = after.get(i) == null ? -1 : after.get(i);
        }
        return values;
    }
}
