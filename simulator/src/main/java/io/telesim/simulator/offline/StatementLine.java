package io.telesim.simulator.offline;

/** One line of a number's statement (F7): a rated or refused event, or a money movement such as a fee. */
public sealed interface StatementLine permits UsageLine, MovementLine {

    /** Epoch milliseconds. */
    long time();

    /** The number whose statement this line is on. */
    long msisdn();

    /** The change to the balance in kopecks: negative for charges. */
    long money();

    /** The balance after this line, kopecks. */
    long balanceAfter();
}
