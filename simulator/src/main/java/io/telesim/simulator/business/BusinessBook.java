package io.telesim.simulator.business;

import io.telesim.simulator.web.store.KeyValueStore;

/**
 * Every corporate record in the web store under {@code business/}: companies and their billing accounts,
 * the hierarchy and its numbers, users and roles, the audit log, requests and bulk runs. One book per operator.
 */
public final class BusinessBook {

    /** The key prefix of every corporate record. */
    public static final String PREFIX = "business/";

    private final Companies companies;
    private final Hierarchy hierarchy;
    private final CompanyUsers users;
    private final AuditLog audit;
    private final BusinessRequests requests;
    private final BulkRuns bulkRuns;

    public BusinessBook(KeyValueStore store) {
        Counters counters = new Counters(store);
        this.hierarchy = new Hierarchy(store, counters);
        this.users = new CompanyUsers(store, counters);
        this.companies = new Companies(store, counters, hierarchy, users);
        this.audit = new AuditLog(store, counters);
        this.requests = new BusinessRequests(store, counters);
        this.bulkRuns = new BulkRuns(store, counters);
    }

    public Companies companies() {
        return companies;
    }

    public Hierarchy hierarchy() {
        return hierarchy;
    }

    public CompanyUsers users() {
        return users;
    }

    public AuditLog audit() {
        return audit;
    }

    public BusinessRequests requests() {
        return requests;
    }

    public BulkRuns bulkRuns() {
        return bulkRuns;
    }
}
