package io.telesim.simulator.business;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A node of a company's hierarchy (a department, branch or city); the root has no parent. */
public record Branch(String id, String companyId, String parentId, String name) {

    @JsonIgnore
    public boolean isRoot() {
        return parentId == null;
    }

    public Branch withName(String newName) {
        return new Branch(id, companyId, parentId, newName);
    }
}
