package io.telesim.simulator.web.plans;

import java.util.Locale;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.catalog.AccountPolicies;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.money.Money;

/**
 * The voluntary block of a number (F6, a lost phone): its status, since when it is blocked at the subscriber's
 * request, and what a block costs (free for {@code freeDays}, then {@code dailyFee} a day).
 *
 * @param status   {@code active}, {@code blocked_voluntary}, {@code blocked_debt}, ...
 * @param blocked  true when the subscriber blocked the number (only then can it be unblocked here)
 * @param canBlock true when a block is possible now (the number is active)
 */
public record BlockSection(String status, String statusText, boolean blocked, boolean canBlock, long blockedSince, int freeDays,
                           long dailyFee, String dailyFeeText) {

    static BlockSection of(Catalog catalog, PlanSnapshot snapshot) {
        AccountStatus status = snapshot.account().status();
        AccountPolicies policies = catalog.policies().account();
        return new BlockSection(status.name().toLowerCase(Locale.ROOT), status.description(), status == AccountStatus.BLOCKED_VOLUNTARY,
                status == AccountStatus.ACTIVE, snapshot.account().blockedSince(), policies.voluntaryBlockFreeDays(),
                policies.voluntaryBlockDailyFee(), Money.format(policies.voluntaryBlockDailyFee()));
    }
}
