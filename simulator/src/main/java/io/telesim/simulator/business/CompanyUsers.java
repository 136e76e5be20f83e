package io.telesim.simulator.business;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/**
 * Company users by their login number (a number is a user of at most one company), an index of each company's
 * users, and each company's custom roles next to the predefined ones. Changes are serialised.
 */
public final class CompanyUsers {

    private static final int MAX = 100_000;

    private final JsonRecords<CompanyUser> users;
    private final JsonRecords<Long> byCompany;
    private final JsonRecords<Role> roles;
    private final Counters counters;

    CompanyUsers(KeyValueStore store, Counters counters) {
        this.users = new JsonRecords<>(store, BusinessBook.PREFIX + "user/", CompanyUser.class);
        this.byCompany = new JsonRecords<>(store, BusinessBook.PREFIX + "company-user/", Long.class);
        this.roles = new JsonRecords<>(store, BusinessBook.PREFIX + "role/", Role.class);
        this.counters = counters;
    }

    /** The user who logs in with {@code number}, in whatever company. */
    public Optional<CompanyUser> user(long number) {
        return users.get(Long.toString(number));
    }

    public List<CompanyUser> users(String companyId) {
        List<CompanyUser> found = new ArrayList<>();
        for (Long number : byCompany.list(companyId + "/", MAX)) {
            user(number).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Adds or changes a user.
     *
     * @throws BusinessException when the number is a user of another company
     */
    public synchronized void put(CompanyUser user) {
        Optional<CompanyUser> existing = user(user.number());
        if (existing.isPresent() && !existing.get().companyId().equals(user.companyId())) {
            throw BusinessException.rule("already_a_user", user.number() + " is a user of another company");
        }
        users.put(Long.toString(user.number()), user);
        byCompany.put(user.companyId() + "/" + user.number(), user.number());
    }

    public synchronized void remove(CompanyUser user) {
        users.delete(Long.toString(user.number()));
        byCompany.delete(user.companyId() + "/" + user.number());
    }

    /** The predefined roles, then the company's own. */
    public List<Role> roles(String companyId) {
        List<Role> all = new ArrayList<>(Role.PREDEFINED);
        all.addAll(roles.list(companyId + "/", MAX));
        return all;
    }

    public Optional<Role> role(String companyId, String roleId) {
        Role predefined = Role.predefined(roleId);
        if (predefined != null) {
            return Optional.of(predefined);
        }
        return roleId == null || roleId.contains("/") ? Optional.empty() : roles.get(companyId + "/" + roleId);
    }

    /** Adds a custom role with the next id (r1, r2, ...). */
    public synchronized Role addRole(String companyId, String name, Set<Permission> permissions) {
        Role role = new Role("r" + counters.next("role/" + companyId), name, permissions, false);
        roles.put(companyId + "/" + role.id(), role);
        return role;
    }

    /** Deletes a custom role no user has. */
    public synchronized void deleteRole(String companyId, String roleId) {
        Role role = role(companyId, roleId).orElseThrow(() -> BusinessException.notFound("no role '" + roleId + "'"));
        if (role.predefined()) {
            throw BusinessException.rule("predefined_role", "the predefined role '" + roleId + "' cannot be deleted");
        }
        if (users(companyId).stream().anyMatch(user -> user.roleId().equals(roleId))) {
            throw BusinessException.rule("role_in_use", "users have the role '" + roleId + "': give them another one first");
        }
        roles.delete(companyId + "/" + roleId);
    }
}
