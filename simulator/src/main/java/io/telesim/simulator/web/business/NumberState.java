package io.telesim.simulator.web.business;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.ForwardingCondition;
import io.telesim.billing.catalog.Catalog;
import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.web.plans.ForwardingSection;

/**
 * A company number as the audit log records it before and after a change, and as the API shows it: where it is in
 * the company, and its account in the engine (status, tariff, services, forwarding, SIM card; balance, credit limit, monthly
 * spending limit (0: none) and what was spent this month, in kopecks).
 */
record NumberState(long number, String branchId, String accountId, String status, String tariff, List<String> services,
                   Map<String, Long> forwarding, String iccid, long balance, long creditLimit, long spendingLimit, long spentThisMonth) {

    /** The state at {@code now} (the operator's clock); {@code account} null when the engine has none (status {@code unknown}). */
    static NumberState of(CompanyNumber placement, AccountRecord account, Catalog catalog, long now) {
        if (account == null) {
            return new NumberState(placement.number(), placement.branchId(), placement.accountId(), "unknown", null, List.of(), Map.of(), null, 0,
                    0, 0, 0);
        }
        List<String> services = new ArrayList<>();
        for (int i = 0; i < catalog.services().size(); i++) {
            if (account.hasService(i)) {
                services.add(catalog.service(i).id());
            }
        }
        Map<String, Long> forwarding = new LinkedHashMap<>();
        for (ForwardingCondition condition : ForwardingCondition.values()) {
            if (account.forwarding(condition) != 0) {
                forwarding.put(ForwardingSection.name(condition), account.forwarding(condition));
            }
        }
        return new NumberState(placement.number(), placement.branchId(), placement.accountId(), account.status().name().toLowerCase(Locale.ROOT),
                catalog.tariff(account.tariff()).id(), List.copyOf(services), forwarding,
                account.iccid() == 0 ? null : Long.toString(account.iccid()),
                account.balance(), account.creditLimit(), account.spendingLimit(), account.spentInMonthOf(now));
    }
}
