package io.telesim.scenarios.model;

/**
 * Who the subscribers are: {@code count} numbers from {@code firstNumber} on, on tariffs in the given mix, with
 * opening balances drawn from {@code balanceKopecks}; optionally some with an auto top-up and some in families.
 *
 * @param autoTopUp null when nobody has one
 * @param families  null when nobody is in a family
 */
public record Population(int count, long firstNumber, WeightedChoice<String> tariffs, Distribution balanceKopecks, AutoTopUp autoTopUp,
                         Families families) {

    /** The number of subscriber {@code index} (0-based). */
    public long number(int index) {
        return firstNumber + index;
    }
}
