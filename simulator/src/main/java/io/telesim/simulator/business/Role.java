package io.telesim.simulator.business;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A set of permissions under a name: the four predefined roles every company has, or a custom role a company
 * assembled ({@code predefined} false).
 */
public record Role(String id, String name, Set<Permission> permissions, boolean predefined) {

    public static final String ADMINISTRATOR = "administrator";
    public static final String FINANCE = "finance";
    public static final String HELPDESK = "helpdesk";
    public static final String READ_ONLY = "read-only";

    /** The predefined roles, the same in every company. */
    public static final List<Role> PREDEFINED = List.of(
            new Role(ADMINISTRATOR, "Administrator", EnumSet.allOf(Permission.class), true),
            new Role(FINANCE, "Finance", EnumSet.of(Permission.VIEW, Permission.REPORTS, Permission.FINANCE, Permission.LIMITS), true),
            new Role(HELPDESK, "Helpdesk", EnumSet.of(Permission.VIEW, Permission.BLOCKS, Permission.SERVICES, Permission.SIM_AND_NUMBER), true),
            new Role(READ_ONLY, "Read-only", EnumSet.of(Permission.VIEW, Permission.REPORTS), true));

    public Role {
        permissions = permissions == null || permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** The predefined role {@code id}, or null. */
    public static Role predefined(String id) {
        return PREDEFINED.stream().filter(role -> role.id().equals(id)).findFirst().orElse(null);
    }
}
