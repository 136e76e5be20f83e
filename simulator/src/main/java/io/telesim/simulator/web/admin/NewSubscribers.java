package io.telesim.simulator.web.admin;

import java.util.List;

/**
 * The body of {@code POST /admin/subscribers}: one or many numbers to connect.
 *
 * @param subscribers at most {@link #MAX} at once
 */
public record NewSubscribers(List<NewSubscriber> subscribers) {

    static final int MAX = 1_000;

    /**
     * One number to connect.
     *
     * @param number      as people write it (+7..., 8..., 7...)
     * @param tariff      a tariff id of the catalog; the catalog's default tariff when absent
     * @param balance     the opening balance in kopecks; 0 when absent
     * @param creditLimit kopecks the balance may go below zero; 0 (prepaid) when absent
     */
    public record NewSubscriber(String number, String tariff, Long balance, Long creditLimit) {
    }
}
