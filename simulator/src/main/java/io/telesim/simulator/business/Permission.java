package io.telesim.simulator.business;

/**
 * What a company user may do (C1): every business route and every bulk operation names the one it needs.
 * {@link #VIEW} lets a user see numbers, branches, billing accounts and requests; the others each allow one
 * kind of change, {@link #REPORTS} the usage reports and {@link #USERS} managing users, roles and reading the
 * audit log.
 */
public enum Permission {
    VIEW,
    BLOCKS,
    /** Services and call forwarding. */
    SERVICES,
    TARIFFS,
    /** Spending limits and promised payments. */
    LIMITS,
    SMS,
    SIM_AND_NUMBER,
    /** Moving numbers between branches and billing accounts, editing the hierarchy, number requests. */
    MOVE_NUMBERS,
    REPORTS,
    /** Billing accounts: invoices, invoice addresses, the settlement method. */
    FINANCE,
    USERS
}
