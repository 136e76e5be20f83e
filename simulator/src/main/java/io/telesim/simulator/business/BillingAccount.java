package io.telesim.simulator.business;

/**
 * One of a company's billing accounts: the numbers on it share its credit limit (on credit settlement, each
 * number may go that far below zero) and its invoice goes to {@code invoiceEmail} (null until set).
 */
public record BillingAccount(String id, String companyId, String name, long creditLimit, String invoiceEmail) {

    public BillingAccount withInvoiceEmail(String email) {
        return new BillingAccount(id, companyId, name, creditLimit, email);
    }

    public BillingAccount withCreditLimit(long limit) {
        return new BillingAccount(id, companyId, name, limit, invoiceEmail);
    }

    /** The credit limit its numbers get under {@code settlement}: none when prepaid. */
    public long effectiveCreditLimit(Settlement settlement) {
        return settlement == Settlement.CREDIT ? creditLimit : 0;
    }
}
