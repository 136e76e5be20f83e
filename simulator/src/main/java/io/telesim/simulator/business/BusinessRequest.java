package io.telesim.simulator.business;

/**
 * An application of a company with its workflow: who submitted it and when, its state and when that last
 * changed (the operator's clock), the operator's reason for a refusal and what doing it produced ({@code result},
 * e.g. the new number).
 */
public record BusinessRequest(String id, String companyId, RequestKind kind, RequestDetails details, RequestState state,
                              String submittedBy, long submittedAt, long updatedAt, String reason, String result) {

    public BusinessRequest moved(RequestState next, long now, String why, String outcome) {
        return new BusinessRequest(id, companyId, kind, details, next, submittedBy, submittedAt, now, why, outcome);
    }
}
