package io.telesim.simulator.business;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * A person who manages a company's numbers, known by a mobile number of ours that they log in with (it
 * need not be one of the company's). {@code branches} empty means full access; otherwise the user sees and
 * acts on the subtrees of those branches only.
 */
public record CompanyUser(long number, String companyId, String name, String roleId, List<String> branches, long createdAt) {

    public CompanyUser {
        branches = branches == null ? List.of() : List.copyOf(branches);
    }

    @JsonIgnore
    public boolean fullAccess() {
        return branches.isEmpty();
    }

    public CompanyUser with(String newName, String newRole, List<String> newBranches) {
        return new CompanyUser(number, companyId, newName, newRole, newBranches, createdAt);
    }
}
