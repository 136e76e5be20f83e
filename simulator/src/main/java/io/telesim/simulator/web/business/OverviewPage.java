package io.telesim.simulator.web.business;

import java.util.List;

import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.Permission;
import io.telesim.simulator.business.Role;
import io.telesim.simulator.web.page.PageFrame;

/** The model of the company page ({@code business.jte}): the company, what the user sees of it, and the bulk operations. */
public record OverviewPage(PageFrame frame, Company company, Role role, List<BranchView> branches, List<NumberRow> numbers,
                           List<BillingAccount> accounts, List<String> operations) {

    /** True when the user's role has {@code permission} (a {@link Permission} name). */
    public boolean may(String permission) {
        return role.allows(Permission.valueOf(permission));
    }
}
