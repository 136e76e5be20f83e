package io.telesim.engine.pipeline;

import org.agrona.collections.LongArrayList;

/**
 * Every subscriber's number in ascending order, so the daily sweep walks accounts in an order that
 * replays identically. Numbers are added rarely (provisioning), so a sorted array with insertion is enough.
 */
final class SortedNumbers {

    private final LongArrayList numbers = new LongArrayList();

    void addAll(AccountRepository accounts) {
        accounts.forEachMsisdn(numbers::addLong);
        long[] sorted = numbers.toLongArray();
        java.util.Arrays.sort(sorted);
        numbers.clear();
        for (long n : sorted) {
            numbers.addLong(n);
        }
    }

    void add(long msisdn) {
        int i = search(msisdn);
        if (i < 0) {
            numbers.addLong(-i - 1, msisdn);
        }
    }

    void remove(long msisdn) {
        int i = search(msisdn);
        if (i >= 0) {
            numbers.removeAt(i);
        }
    }

    int size() {
        return numbers.size();
    }

    /** The index of the first number greater than {@code msisdn}. */
    int indexAfter(long msisdn) {
        int i = search(msisdn);
        return i >= 0 ? i + 1 : -i - 1;
    }

    long get(int index) {
        return numbers.getLong(index);
    }

    private int search(long msisdn) {
        int low = 0;
        int high = numbers.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long value = numbers.getLong(mid);
            if (value < msisdn) {
                low = mid + 1;
            } else if (value > msisdn) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
}
