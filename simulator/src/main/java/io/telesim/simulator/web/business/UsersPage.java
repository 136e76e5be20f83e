package io.telesim.simulator.web.business;

import java.util.List;

import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.CompanyUser;
import io.telesim.simulator.business.Permission;
import io.telesim.simulator.business.Role;
import io.telesim.simulator.web.page.PageFrame;

/** The model of the users page ({@code business_users.jte}): users, roles, and the forms to add them. */
public record UsersPage(PageFrame frame, BusinessNav nav, Company company, List<CompanyUser> users, List<Role> roles, List<BranchView> branches,
                        List<Permission> permissions) {
}
