package io.telesim.simulator.business;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change to a company: when (the operator's clock), who ({@code actor}: a user's number, or
 * {@code "operator"} for the admin API), what ({@code action} and its {@code target}), and the target's state
 * before and after as JSON (null when it did not exist before or no longer exists).
 */
public record AuditEntry(long seq, long time, String actor, String action, String target, JsonNode before, JsonNode after) {
}
