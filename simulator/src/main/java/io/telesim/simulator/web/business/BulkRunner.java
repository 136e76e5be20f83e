package io.telesim.simulator.web.business;

import java.util.List;

import io.telesim.engine.EngineBusyException;
import io.telesim.simulator.business.BulkRun;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.business.OperationResult;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.vertx.core.Future;

/**
 * Applies one operation to its numbers one after another (so a large branch never floods the engine's ring), each with
 * engine command ids made from the run's serial and the number's place in the list: a retried run sends the same ids
 * and the engine applies each command once. Every number gets a result; a change that happened is written to the audit
 * log with the number's state before and after, once (a change an earlier attempt of the run made is not written again).
 */
final class BulkRunner {

    /** The tag of bulk runs' engine command ids, apart from the web's 'W', the USSD's 'U' and the admin's 'A'. */
    private static final long TAG = (long) 'B' << 56;
    private static final String BUSY = "busy";

    private final BusinessContext business;

    BulkRunner(BusinessContext business) {
        this.business = business;
    }

    /** The engine command id of the number at {@code index} of run {@code serial}: a resumed run sends the same one. */
    static long commandId(long serial, int index) {
        return TAG | serial << 17 | index;
    }

    /**
     * Runs {@code operation} on {@code numbers} (a null entry is one already refused, in {@code early}) and records the results.
     *
     * @param early results decided before running (numbers not found), by index; null where the number runs
     */
    Future<List<OperationResult>> run(BulkRun run, NumberOperation operation, List<CompanyNumber> numbers, List<OperationResult> early,
                                      String actor) {
        return OneAfterAnother.run(numbers.size(), index -> early.get(index) != null ? Future.succeededFuture(early.get(index))
                : one(run, operation, numbers.get(index), index, actor)).compose(results -> business.blocking(() -> {
            // A run the busy engine cut short is not final: the same request again retries it with the same command ids.
            if (results.stream().noneMatch(result -> result.code().equals(BUSY))) {
                business.book().bulkRuns().save(run.finished(results));
            }
            return List.copyOf(results);
        }));
    }

    private Future<OperationResult> one(BulkRun run, NumberOperation operation, CompanyNumber number, int index, String actor) {
        String msisdn = Long.toString(number.number());
        return state(number).compose(before -> operation.apply(number, commandId(run.serial(), index))
                .compose(applied -> applied.repeated() ? Future.succeededFuture(OperationResult.done(number.number(), applied.message()))
                        : after(operation, number).compose(after -> business.blocking(() -> {
                            business.book().audit().append(number.companyId(), business.now(), actor, operation.name(), "number " + msisdn, before,
                                    after);
                            return OperationResult.done(number.number(), applied.message());
                        }))))
                .recover(failure -> Future.succeededFuture(refusal(msisdn, failure)));
    }

    private Future<NumberState> after(NumberOperation operation, CompanyNumber number) {
        long after = operation.numberAfter(number);
        return business.blocking(() -> business.book().hierarchy().number(number.companyId(), after).orElse(number.renumbered(after)))
                .compose(this::state);
    }

    private Future<NumberState> state(CompanyNumber number) {
        EngineCalls calls = business.services().calls();
        return calls.account(number.number()).map(account -> NumberState.of(number, account, business.services().catalog(), business.now()))
                .recover(missing -> Future.succeededFuture(NumberState.of(number, null, business.services().catalog(), business.now())));
    }

    private static OperationResult refusal(String number, Throwable failure) {
        if (failure instanceof ApiError error) {
            return OperationResult.refused(number, error.code(), error.getMessage());
        }
        if (failure instanceof EngineBusyException) {
            return OperationResult.refused(number, BUSY, "the operator is busy: send the same request again");
        }
        return OperationResult.refused(number, "failed", String.valueOf(failure.getMessage()));
    }
}
