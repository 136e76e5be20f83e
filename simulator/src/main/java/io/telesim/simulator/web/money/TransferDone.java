package io.telesim.simulator.web.money;

/** A transfer made: {@code amount} went to {@code to}, {@code fee} more left {@code from}, whose balance is now {@code balance}. Kopecks. */
public record TransferDone(long from, long to, long amount, long fee, long balance, String amountText, String feeText,
                           String balanceText) {
}
