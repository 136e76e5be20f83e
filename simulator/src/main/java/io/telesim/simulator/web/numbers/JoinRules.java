package io.telesim.simulator.web.numbers;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.NumberingPlan;
import io.telesim.billing.number.Region;
import io.telesim.simulator.web.OperatorServices;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.login.WebAccount;
import io.telesim.simulator.web.login.WebAccounts;
import io.vertx.core.Future;

/**
 * Whether a number may join an account (F8): it is not in this or another account already, it has no other
 * request open, both numbers have one owner ({@link NumberOwners}) and one region of the numbering plan, both
 * are subscribers that are not terminated, and both have number management ({@code *111*828*1#}) connected.
 * Checked when a code is asked for, when the request is made, and again when it is due.
 */
final class JoinRules {

    /** The number management service's code, which the catalog's service carries. */
    static final String NUMBER_MANAGEMENT_CODE = "*111*828*1#";
    private static final String NUMBER_MANAGEMENT_ID = "number-management";

    private final OperatorServices services;
    private final WebAccounts accounts;
    private final NumberOwners owners;
    private final NumberRequests requests;

    JoinRules(OperatorServices services, WebAccounts accounts, NumberOwners owners, NumberRequests requests) {
        this.services = services;
        this.accounts = accounts;
        this.owners = owners;
        this.requests = requests;
    }

    /**
     * Why {@code number} cannot join the account of {@code primary}, or null when it can.
     *
     * @param newRequest false when checking a request that is itself the number's open request
     */
    Future<Refusal> check(long primary, long number, boolean newRequest) {
        WebAccount account = accounts.ofNumber(primary).orElse(null);
        if (number == primary || account != null && account.owns(number)) {
            return Future.succeededFuture(new Refusal("already_in_your_account", number + " is already in your account"));
        }
        return subscriber(primary).compose(first -> first.refusal() != null ? Future.succeededFuture(first.refusal())
                : subscriber(number).map(second -> {
                    if (second.refusal() != null) {
                        return second.refusal();
                    }
                    Refusal refusal = checkRecords(primary, number, newRequest);
                    return refusal != null ? refusal : checkAccounts(primary, first.account(), number, second.account());
                }));
    }

    /** The rules the web side's own records and the numbering plan decide. */
    private Refusal checkRecords(long primary, long number, boolean newRequest) {
        WebAccount other = accounts.ofNumber(number).orElse(null);
        if (other != null && other.primary() != primary && other.numbers().size() > 1) {
            return new Refusal("already_in_account", number + " is already in another account");
        }
        if (newRequest && requests.openFor(number).isPresent()) {
            return new Refusal("request_pending", "a request to add " + number + " to an account is already being processed");
        }
        if (!owners.ownerOf(primary).equals(owners.ownerOf(number))) {
            return new Refusal("different_owner", number + " has another owner than " + primary
                    + ": only numbers of one owner can share an account");
        }
        NumberingPlan plan = services.catalog().numbering();
        int region = plan.regionOf(primary);
        int otherRegion = plan.regionOf(number);
        if (region == Region.UNKNOWN || region != otherRegion) {
            return new Refusal("different_region", number + " is a number of " + regionName(plan, otherRegion) + " and " + primary
                    + " of " + regionName(plan, region) + ": only numbers of one region can share an account");
        }
        return null;
    }

    /** The rules the engine's accounts decide. */
    private Refusal checkAccounts(long primary, AccountRecord first, long number, AccountRecord second) {
        for (AccountRecord account : new AccountRecord[] {first, second}) {
            if (account.status() == AccountStatus.TERMINATED) {
                return new Refusal("terminated", account.msisdn() + " is terminated");
            }
        }
        int service = numberManagement(services.catalog());
        if (service < 0) {
            return new Refusal("number_management_missing", "the operator offers no number management service");
        }
        for (long msisdn : new long[] {primary, number}) {
            AccountRecord account = msisdn == primary ? first : second;
            if (!account.hasService(service)) {
                return new Refusal("number_management_missing", "number management (" + NUMBER_MANAGEMENT_CODE
                        + ") is not connected on " + msisdn + ": connect it on both numbers first");
            }
        }
        return null;
    }

    /** A number's engine account, or why there is none. */
    private record Lookup(AccountRecord account, Refusal refusal) {
    }

    private Future<Lookup> subscriber(long msisdn) {
        return services.calls().account(msisdn).map(account -> new Lookup(account, null)).recover(failure ->
                failure instanceof ApiError error && error.status() == 404
                        ? Future.succeededFuture(new Lookup(null, new Refusal("not_a_subscriber", msisdn + " is not a subscriber of the operator")))
                        : Future.failedFuture(failure));
    }

    /** The catalog's number management service: by its USSD code, else by its id; -1 when there is none. */
    static int numberManagement(Catalog catalog) {
        int byCode = catalog.serviceByUssdCode(NUMBER_MANAGEMENT_CODE);
        return byCode >= 0 ? byCode : catalog.serviceIndex(NUMBER_MANAGEMENT_ID);
    }

    private static String regionName(NumberingPlan plan, int region) {
        Region known = region == Region.UNKNOWN ? null : plan.region(region);
        return known == null ? "no known region" : known.name() + " (" + known.id() + ")";
    }
}
