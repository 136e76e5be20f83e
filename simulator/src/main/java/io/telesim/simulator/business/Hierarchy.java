package io.telesim.simulator.business;

import java.util.List;
import java.util.Optional;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/**
 * Each company's tree of branches and the numbers placed in it. A number belongs to at most one company:
 * an owner index by number says which. Changes are serialised.
 */
public final class Hierarchy {

    private static final int MAX = 100_000;

    private final JsonRecords<Branch> branches;
    private final JsonRecords<CompanyNumber> numbers;
    private final JsonRecords<String> owners;
    private final Counters counters;

    Hierarchy(KeyValueStore store, Counters counters) {
        this.branches = new JsonRecords<>(store, BusinessBook.PREFIX + "branch/", Branch.class);
        this.numbers = new JsonRecords<>(store, BusinessBook.PREFIX + "number/", CompanyNumber.class);
        this.owners = new JsonRecords<>(store, BusinessBook.PREFIX + "number-owner/", String.class);
        this.counters = counters;
    }

    synchronized Branch addRoot(String companyId, String name) {
        Branch root = new Branch("b1", companyId, null, name);
        branches.put(companyId + "/" + root.id(), root);
        return root;
    }

    /** Adds a branch under {@code parentId}. */
    public synchronized Branch addBranch(String companyId, String parentId, String name) {
        requireBranch(companyId, parentId);
        Branch branch = new Branch("b" + (counters.next("branch/" + companyId) + 1), companyId, parentId, name);
        branches.put(companyId + "/" + branch.id(), branch);
        return branch;
    }

    public synchronized void renameBranch(Branch branch) {
        branches.put(branch.companyId() + "/" + branch.id(), branch);
    }

    /** Deletes an empty leaf branch (no numbers, no branches under it); the root stays. */
    public synchronized void deleteBranch(String companyId, String branchId) {
        Branch branch = requireBranch(companyId, branchId);
        if (branch.isRoot()) {
            throw BusinessException.rule("root_branch", "the root of the hierarchy cannot be deleted");
        }
        if (branches(companyId).stream().anyMatch(other -> branchId.equals(other.parentId()))) {
            throw BusinessException.rule("branch_not_empty", "branch '" + branchId + "' has branches under it");
        }
        if (numbers(companyId).stream().anyMatch(number -> number.branchId().equals(branchId))) {
            throw BusinessException.rule("branch_not_empty", "branch '" + branchId + "' has numbers: move them first");
        }
        branches.delete(companyId + "/" + branchId);
    }

    public List<Branch> branches(String companyId) {
        return branches.list(companyId + "/", MAX);
    }

    public Optional<Branch> branch(String companyId, String branchId) {
        return branchId == null || branchId.contains("/") ? Optional.empty() : branches.get(companyId + "/" + branchId);
    }

    public Branch requireBranch(String companyId, String branchId) {
        return branch(companyId, branchId).orElseThrow(() -> BusinessException.notFound("no branch '" + branchId + "'"));
    }

    public BranchTree tree(String companyId) {
        return new BranchTree(branches(companyId));
    }

    /** The company of {@code number}, if it is one's. */
    public Optional<String> companyOf(long number) {
        return owners.get(Long.toString(number));
    }

    public Optional<CompanyNumber> number(String companyId, long number) {
        return numbers.get(companyId + "/" + number);
    }

    public List<CompanyNumber> numbers(String companyId) {
        return numbers.list(companyId + "/", MAX);
    }

    /**
     * Places {@code number} in the company (or moves it within it).
     *
     * @throws BusinessException when the number is another company's
     */
    public synchronized void put(CompanyNumber number) {
        Optional<String> owner = companyOf(number.number());
        if (owner.isPresent() && !owner.get().equals(number.companyId())) {
            throw BusinessException.rule("other_company", number.number() + " is a number of another company");
        }
        owners.put(Long.toString(number.number()), number.companyId());
        numbers.put(number.companyId() + "/" + number.number(), number);
    }

    /** Takes {@code number} out of its company. */
    public synchronized void remove(String companyId, long number) {
        numbers.delete(companyId + "/" + number);
        owners.delete(Long.toString(number));
    }
}
