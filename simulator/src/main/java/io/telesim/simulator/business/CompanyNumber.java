package io.telesim.simulator.business;

/** A number of a company: where it sits in the hierarchy and which billing account it is on. */
public record CompanyNumber(long number, String companyId, String branchId, String accountId, long addedAt) {

    public CompanyNumber inBranch(String branch) {
        return new CompanyNumber(number, companyId, branch, accountId, addedAt);
    }

    public CompanyNumber onAccount(String account) {
        return new CompanyNumber(number, companyId, branchId, account, addedAt);
    }

    public CompanyNumber renumbered(long newNumber) {
        return new CompanyNumber(newNumber, companyId, branchId, accountId, addedAt);
    }
}
