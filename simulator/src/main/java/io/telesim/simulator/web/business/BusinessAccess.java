package io.telesim.simulator.web.business;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.telesim.simulator.business.Branch;
import io.telesim.simulator.business.BranchTree;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.business.CompanyUser;
import io.telesim.simulator.business.Permission;
import io.telesim.simulator.business.Role;
import io.telesim.simulator.web.http.ApiError;

/**
 * What the logged-in company user may do in this request: their role's permissions, and the branches they see
 * (every branch for full access, else the subtrees of their branches). A missing permission is a 403; a number or
 * branch outside what the user sees is a 404, as if it did not exist (the same answer as for a number the company
 * does not have, so a branch-limited user learns nothing of the rest of the company).
 */
public final class BusinessAccess {

    private final CompanyUser user;
    private final Role role;
    private final BranchTree tree;
    private final Set<String> visible;

    BusinessAccess(CompanyUser user, Role role, BranchTree tree) {
        this.user = user;
        this.role = role;
        this.tree = tree;
        this.visible = user.fullAccess() ? null : tree.subtrees(user.branches());
    }

    public CompanyUser user() {
        return user;
    }

    public Role role() {
        return role;
    }

    public String companyId() {
        return user.companyId();
    }

    public BranchTree tree() {
        return tree;
    }

    /** The audit log's actor: the user's number. */
    public String actor() {
        return Long.toString(user.number());
    }

    public boolean allows(Permission permission) {
        return role.allows(permission);
    }

    /** 403 unless the user's role has {@code permission}. */
    public void require(Permission permission) {
        if (!allows(permission)) {
            throw ApiError.forbidden("your role '" + role.name() + "' does not allow " + permission.name());
        }
    }

    public boolean sees(String branchId) {
        return visible == null ? tree.contains(branchId) : visible.contains(branchId);
    }

    public boolean sees(CompanyNumber number) {
        return sees(number.branchId());
    }

    /** The branch, 404 when the company has none such or the user does not see it. */
    public Branch requireBranch(String branchId) {
        if (branchId == null || !sees(branchId)) {
            throw ApiError.notFound("no branch '" + branchId + "'");
        }
        return tree.all().stream().filter(branch -> branch.id().equals(branchId)).findFirst().orElseThrow();
    }

    /** The branches the user sees. */
    public List<Branch> branches() {
        return tree.all().stream().filter(branch -> sees(branch.id())).toList();
    }

    /** True when the user may give another user {@code grantedRole} limited to {@code branches} (empty: full access). */
    public boolean mayGrant(Role grantedRole, Collection<String> branches) {
        if (!role.permissions().containsAll(grantedRole.permissions())) {
            return false;
        }
        if (user.fullAccess()) {
            return branches.stream().allMatch(tree::contains);
        }
        return !branches.isEmpty() && branches.stream().allMatch(this::sees);
    }
}
