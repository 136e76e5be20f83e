package io.telesim.simulator.web.business;

import io.telesim.simulator.business.Company;
import io.telesim.simulator.web.page.PageFrame;

/** The model of the reports page ({@code business_reports.jte}); {@code report} is null on an operator that keeps no statements. */
public record ReportPage(PageFrame frame, BusinessNav nav, Company company, String from, String to, UsageReport report) {

    /** The same report as CSV. */
    public String csvLink() {
        return "/api/business/companies/" + company.id() + "/reports/usage?format=csv&from=" + from + "&to=" + to;
    }
}
