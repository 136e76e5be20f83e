package io.telesim.benchmarks.rating;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.OperationResult;

/**
 * Single-thread rating of a mix of calls, SMS and data sessions over 1,000,000 accounts chosen at
 * random (issue: foundation). {@link #rateEvent} rates one event as the network reports it when it
 * ends: an SMS, a call or a data session. {@link #baselineTouchOneField} reads and writes one field of
 * a random account from the same sequence: the memory-bound floor the rating is compared with.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar RatingBenchmark [-prof gc]</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:MaxDirectMemorySize=1g"})
public class RatingBenchmark {

    @Benchmark
    public long rateEvent(RatingState state) {
        int i = state.nextEvent();
        AccountRecord account = state.account(i);
        OperationResult result = state.result.reset();
        byte kind = state.kinds[i];
        if (kind == RatingState.SMS) {
            state.rater.chargeSms(account, account, state.destinations[i], (int) state.amounts[i], state.now, result);
            return result.balanceAfter();
        }
        UsageKind usage = kind == RatingState.VOICE ? UsageKind.VOICE : UsageKind.DATA;
        state.rater.chargeSession(account, account, usage, state.destinations[i], state.amounts[i], state.now, result);
        return result.balanceAfter();
    }

    @Benchmark
    public long baselineTouchOneField(RatingState state) {
        AccountRecord account = state.account(state.nextEvent());
        long balance = account.balance() - 1;
        account.balance(balance);
        return balance;
    }
}
