package io.telesim.simulator.web.numbers;

import java.util.List;
import java.util.Locale;

/**
 * An account's numbers and its requests to add more (F8), as the API answers them.
 *
 * @param primary  the number the account was registered with
 * @param numbers  the primary first, then the added ones
 * @param requests newest first
 */
public record AccountNumbersView(long primary, List<AccountNumber> numbers, List<RequestView> requests) {

    /** A number of the account and the region of the numbering plan it belongs to. */
    public record AccountNumber(long number, boolean primary, int region, String regionName) {
    }

    /**
     * A request to add a number.
     *
     * @param status submitted | done | refused
     * @param dueAt  operator time (epoch millis) when it is processed: two business days after it was submitted
     */
    public record RequestView(String id, long number, String status, long submittedAt, long dueAt, long completedAt,
                              String refusalCode, String refusal) {

        public static RequestView of(NumberRequest request) {
            return new RequestView(request.id(), request.number(), request.status().name().toLowerCase(Locale.ROOT),
                    request.submittedAt(), request.dueAt(), request.completedAt(), request.refusalCode(), request.refusal());
        }
    }
}
