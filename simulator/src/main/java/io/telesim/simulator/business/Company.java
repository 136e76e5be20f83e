package io.telesim.simulator.business;

/**
 * A corporate customer: its name, tax id and settlement method. Its numbers, billing accounts, branches
 * and users are records of their own that name the company's id.
 */
public record Company(String id, String name, String taxId, Settlement settlement, long createdAt) {

    public Company withData(String newName, String newTaxId, Settlement newSettlement) {
        return new Company(id, newName, newTaxId, newSettlement, createdAt);
    }
}
