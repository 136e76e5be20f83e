package io.telesim.simulator.business;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A company's branches as a tree: subtrees and paths ("Head office / Moscow"). */
public final class BranchTree {

    private final Map<String, Branch> byId = new HashMap<>();
    private final Map<String, List<Branch>> children = new HashMap<>();
    private final List<Branch> all;

    public BranchTree(List<Branch> branches) {
        this.all = List.copyOf(branches);
        for (Branch branch : branches) {
            byId.put(branch.id(), branch);
            if (branch.parentId() != null) {
                children.computeIfAbsent(branch.parentId(), parent -> new ArrayList<>()).add(branch);
            }
        }
    }

    public List<Branch> all() {
        return all;
    }

    public boolean contains(String branchId) {
        return byId.containsKey(branchId);
    }

    /** The ids of {@code roots} and every branch under them. */
    public Set<String> subtrees(Collection<String> roots) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(roots);
        while (!next.isEmpty()) {
            String id = next.pop();
            if (byId.containsKey(id) && found.add(id)) {
                children.getOrDefault(id, List.of()).forEach(child -> next.add(child.id()));
            }
        }
        return found;
    }

    /** The names from the root down to {@code branchId}, joined with " / ". */
    public String path(String branchId) {
        Deque<String> names = new ArrayDeque<>();
        for (Branch branch = byId.get(branchId); branch != null; branch = branch.parentId() == null ? null : byId.get(branch.parentId())) {
            names.push(branch.name());
        }
        return String.join(" / ", names);
    }
}
