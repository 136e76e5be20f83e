package io.telesim.billing.catalog;

/**
 * The rules of account life that are not prices.
 *
 * @param inactivityDays             a number with no chargeable activity for more than this many days is blocked (F10)
 * @param voluntaryBlockFreeDays     days a voluntary block is free
 * @param voluntaryBlockDailyFee     kopecks per day of voluntary block after the free days
 * @param lowBalanceThreshold        a notice is raised when the balance falls below this
 * @param reservationValiditySeconds an open call or data reservation not updated for this long expires
 */
public record AccountPolicies(int inactivityDays, int voluntaryBlockFreeDays, long voluntaryBlockDailyFee,
                              long lowBalanceThreshold, long reservationValiditySeconds) {

    public AccountPolicies {
        if (inactivityDays < 1 || voluntaryBlockFreeDays < 0 || voluntaryBlockDailyFee < 0 || reservationValiditySeconds < 1) {
            throw new IllegalArgumentException("account policies: days and fees cannot be negative");
        }
    }
}
