package io.telesim.simulator.web.numbers;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A request to add a number to an account (F8): submitted, then done or refused once it is due (two
 * business days after it was submitted, by the operator's clock).
 *
 * @param id          unique within the account
 * @param primary     the account's primary number
 * @param number      the number to add
 * @param submittedAt operator time (epoch millis)
 * @param dueAt       when it is processed
 * @param completedAt when it was done or refused; 0 while submitted
 * @param refusalCode why it was refused ({@code different_owner}, ...), or null
 * @param refusal     the same in words, or null
 */
public record NumberRequest(String id, long primary, long number, Status status, long submittedAt, long dueAt, long completedAt,
                            String refusalCode, String refusal) {

    /** Where a request is: submitted, then done or refused, which are final. */
    public enum Status { SUBMITTED, DONE, REFUSED }

    public static NumberRequest submit(String id, long primary, long number, long now, long dueAt) {
        return new NumberRequest(id, primary, number, Status.SUBMITTED, now, dueAt, 0, null, null);
    }

    public NumberRequest done(long now) {
        return new NumberRequest(id, primary, number, Status.DONE, submittedAt, dueAt, now, null, null);
    }

    public NumberRequest refused(long now, Refusal why) {
        return new NumberRequest(id, primary, number, Status.REFUSED, submittedAt, dueAt, now, why.code(), why.message());
    }

    @JsonIgnore
    public boolean isOpen() {
        return status == Status.SUBMITTED;
    }
}
