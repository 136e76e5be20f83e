package io.telesim.simulator.web.business;

import io.telesim.simulator.business.BusinessBook;
import io.telesim.simulator.web.RouteSet;
import io.telesim.simulator.web.WebRuntime;
import io.vertx.ext.web.Router;

/**
 * Corporate accounts (C1-C4): the company users' API under {@code /api/business}, their pages under {@code /business},
 * and the operator's routes under {@code /admin/companies}. Mounted after the admin route set, whose token check then
 * guards {@code /admin/companies} too.
 */
public final class BusinessRoutes implements RouteSet {

    static final String COMPANY = "/api/business/companies/:companyId";
    /** How often the operator's clock is looked at for a month that ended and is not invoiced yet. */
    private static final long INVOICE_CHECK_MILLIS = 5_000;

    @Override
    public void mount(Router router, WebRuntime web) {
        BusinessBook book = new BusinessBook(web.services().store());
        BusinessContext business = new BusinessContext(web, book);
        BusinessGuard guard = new BusinessGuard(web, book);
        RequestWorkflow workflow = new RequestWorkflow(business);
        new CompanyApi(business, guard).mount(router);
        new UserApi(business, guard).mount(router);
        new OperationApi(business, guard).mount(router);
        new RequestApi(business, guard).mount(router);
        new ReportApi(business, guard).mount(router);
        new BusinessPages(business, guard).mount(router);
        Invoicing invoicing = new Invoicing(business);
        new CompanyAdminRoutes(business, workflow, invoicing).mount(router);
        invoicing.start(INVOICE_CHECK_MILLIS);
    }
}
