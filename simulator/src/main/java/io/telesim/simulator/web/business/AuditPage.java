package io.telesim.simulator.web.business;

import java.util.List;

import io.telesim.simulator.business.AuditEntry;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.web.page.PageFrame;

/** The model of the audit log page ({@code business_audit.jte}): the newest entries first. */
public record AuditPage(PageFrame frame, BusinessNav nav, Company company, List<AuditEntry> entries) {
}
