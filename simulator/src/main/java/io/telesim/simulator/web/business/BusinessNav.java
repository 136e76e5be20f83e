package io.telesim.simulator.web.business;

import java.util.ArrayList;
import java.util.List;

import io.telesim.simulator.business.Permission;
import io.telesim.simulator.business.Role;

/** The company pages' tabs that the user's role opens: company, requests, reports, users, audit log. */
public record BusinessNav(String companyId, String active, List<Tab> tabs) {

    /** One tab: the key of its text, its area and its path under {@code /business/{companyId}}. */
    public record Tab(String textKey, String area, String path) {
    }

    static BusinessNav of(String companyId, Role role, String active) {
        List<Tab> tabs = new ArrayList<>(List.of(new Tab("business.nav.company", "company", ""),
                new Tab("business.nav.requests", "requests", "/requests")));
        if (role.allows(Permission.REPORTS)) {
            tabs.add(new Tab("business.nav.reports", "reports", "/reports"));
        }
        if (role.allows(Permission.USERS)) {
            tabs.add(new Tab("business.nav.users", "users", "/users"));
            tabs.add(new Tab("business.nav.audit", "audit", "/audit"));
        }
        return new BusinessNav(companyId, active, List.copyOf(tabs));
    }
}
