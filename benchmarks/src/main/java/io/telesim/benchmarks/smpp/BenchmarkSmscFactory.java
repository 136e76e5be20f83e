package io.telesim.benchmarks.smpp;

/** Starts one kind of {@link BenchmarkSmsc}; registered by name in {@link BenchmarkSmscs}. */
@FunctionalInterface
public interface BenchmarkSmscFactory {

    /**
     * Starts the SMSC. {@code receipts} says whether the run asks for delivery receipts; an SMSC that sends them as
     * {@code registered_delivery} says may ignore it.
     */
    BenchmarkSmsc start(boolean receipts) throws Exception;
}
