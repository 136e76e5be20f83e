package io.telesim.simulator.web.business;

/** A company number in a list: its branch (id and path) and billing account. */
public record NumberRow(long number, String branchId, String branchPath, String accountId) {
}
