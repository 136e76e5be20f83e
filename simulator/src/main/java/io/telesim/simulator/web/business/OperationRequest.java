package io.telesim.simulator.web.business;

import java.util.List;

/**
 * The body of {@code POST /api/business/companies/{companyId}/operations}: the client's {@code requestId} (a retry
 * with the same id answers from the first run and changes nothing twice), the {@code target} and the
 * {@code operation} with the parameters it needs.
 *
 * @param amount      kopecks: the promised payment, or the monthly spending limit (0 removes it)
 * @param condition   forwarding condition: unconditional, busy, no-reply, not-reachable
 * @param forwardTo   where calls are forwarded, as people type a number
 * @param toBranchId  the branch numbers move to
 * @param toAccountId the billing account numbers move to
 * @param iccid       the new SIM's ICCID (19 digits from 89 with its check digit); made up when absent
 * @param newNumber   the number that replaces the target's one number
 */
record OperationRequest(String requestId, Target target, String operation, String serviceId, String tariffId, String condition,
                        String forwardTo, Long amount, String text, String toBranchId, String toAccountId, String iccid, String newNumber) {

    /** One number, a list of numbers, or a branch with everything under it: exactly one of the three. */
    record Target(String number, List<String> numbers, String branchId) {
    }
}
