package io.telesim.simulator.web.business;

import java.util.List;

import io.telesim.simulator.business.BusinessRequest;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.web.page.PageFrame;

/** The model of the requests page ({@code business_requests.jte}): the company's requests and the form to submit one. */
public record RequestsPage(PageFrame frame, BusinessNav nav, Company company, List<BusinessRequest> requests, List<BranchView> branches,
                           boolean maySubmit) {
}
