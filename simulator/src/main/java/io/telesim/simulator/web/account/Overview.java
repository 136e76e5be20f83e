package io.telesim.simulator.web.account;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.money.Money;
import io.telesim.engine.ReplySnapshot;

/**
 * A number's account at a glance (F3, F4, F9): money, tariff, bundles left until the period ends, status
 * and bonus points. Money in kopecks, with the text as people read it.
 *
 * @param voiceSecondsLeft bundles as the engine counts them (a family member sees the shared bundles)
 */
public record Overview(long number, long balance, String balanceText, long creditLimit, long promisedOutstanding,
                       long promisedDueAt, String status, String tariffId, String tariffName, long voiceSecondsLeft, long smsLeft,
                       long dataBytesLeft, long periodEnd, long bonusPoints, boolean blocked) {

    public static Overview of(ReplySnapshot read, AccountRecord account, Catalog catalog) {
        Tariff tariff = catalog.tariff(account.tariff());
        return new Overview(read.msisdn(), read.balance(), Money.format(read.balance()), account.creditLimit(),
                account.promisedOutstanding(), account.promisedDueAt(), read.status().name().toLowerCase(java.util.Locale.ROOT),
                tariff.id(), tariff.name(), read.voiceLeft(), read.smsLeft(), read.dataLeft(), account.periodEnd(), read.bonusPoints(),
                account.blockedSince() != 0);
    }
}
