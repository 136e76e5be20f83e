package io.telesim.simulator.web.business;

import java.util.List;

import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.Role;
import io.telesim.simulator.web.page.PageFrame;

/** The model of the company page ({@code business.jte}): the company, what the user sees of it, and the bulk operations. */
public record OverviewPage(PageFrame frame, BusinessNav nav, Company company, Role role, List<BranchView> branches, List<NumberRow> numbers,
                           List<BillingAccount> accounts, List<String> operations) {

    /** True when the user's role allows any bulk operation (the form is shown then). */
    public boolean mayOperate() {
        return operations.stream().anyMatch(operation -> role.allows(OperationFactory.permissionOf(operation)));
    }
}
