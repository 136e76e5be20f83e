package io.telesim.billing.account;

/** Whether a number may use the network. Only {@link #ACTIVE} numbers make paid calls, SMS and data. */
public enum AccountStatus {
    ACTIVE("active"),
    /** The subscriber blocked the number (a lost phone, F6). */
    BLOCKED_VOLUNTARY("blocked at the subscriber's request"),
    /** The balance fell below the credit limit (or a promised payment was not repaid). A top-up lifts it. */
    BLOCKED_DEBT("blocked for debt"),
    /** No chargeable activity for more than the inactivity period (F10). A top-up lifts it. */
    BLOCKED_INACTIVE("blocked for inactivity"),
    TERMINATED("terminated");

    private static final AccountStatus[] VALUES = values();

    private final String description;

    AccountStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static AccountStatus ofCode(int code) {
        return VALUES[code];
    }

    public boolean isBlocked() {
        return this == BLOCKED_VOLUNTARY || this == BLOCKED_DEBT || this == BLOCKED_INACTIVE;
    }
}
