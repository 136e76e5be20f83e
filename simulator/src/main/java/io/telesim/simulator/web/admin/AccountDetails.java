package io.telesim.simulator.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.account.ForwardingCondition;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.PartyNumber;
import io.telesim.engine.ReplySnapshot;

/**
 * A subscriber's account in full, for engineers: everything the engine keeps of it, with catalog ids and names
 * for its tariff and services. Money in kopecks (with the text as people read it), times in epoch milliseconds
 * (0 when never), bundle units in seconds, messages and bytes.
 *
 * @param bundles       what is left as the engine counts it (a family member sees the shared bundles)
 * @param promised      the open promised payment, or null
 * @param autoTopUp     the auto top-up rule, or null
 * @param family        the family the number belongs to, or null
 * @param forwarding    the forwarding target by condition, for the conditions that are set
 */
public record AccountDetails(long number, String status, String statusText, long blockedSince, long balance, String balanceText,
                             long creditLimit, long reservedMoney, String tariffId, String tariffName, String region, long createdAt,
                             long lastActivity, long periodEnd, Bundles bundles, List<AddOnBundle> addOns, List<Service> services,
                             List<String> favourites, Map<String, String> forwarding, Promised promised, AutoTopUp autoTopUp,
                             long bonusPoints, Family family, boolean homeInternet, int openSessions) {

    /**
     * Bundle units left.
     *
     * @param reservedVoiceSeconds held by open sessions, not yet used
     */
    public record Bundles(long voiceSecondsLeft, long smsLeft, long dataBytesLeft, long reservedVoiceSeconds, long reservedDataBytes) {
    }

    /** An add-on bundle in one of the account's slots: {@code unit} is {@code voice_seconds}, {@code sms} or {@code data_bytes}. */
    public record AddOnBundle(int slot, String unit, long unitsLeft, long expiresAt) {
    }

    public record Service(String id, String name) {
    }

    public record Promised(long outstanding, String outstandingText, long dueAt) {
    }

    public record AutoTopUp(long threshold, long amount) {
    }

    /** @param member true for a member, false for the owner */
    public record Family(long owner, int size, boolean member) {
    }

    static AccountDetails of(ReplySnapshot read, AccountRecord account, Catalog catalog) {
        Tariff tariff = catalog.tariff(account.tariff());
        return new AccountDetails(account.msisdn(), lower(account.status().name()), account.status().description(), account.blockedSince(),
                account.balance(), Money.format(account.balance()), account.creditLimit(), account.reservedMoney(), tariff.id(),
                tariff.name(), catalog.numbering().region(account.region()).name(), account.createdAt(), account.lastActivity(),
                account.periodEnd(), new Bundles(read.voiceLeft(), read.smsLeft(), read.dataLeft(), account.reservedVoice(),
                account.reservedData()), addOns(account), services(account, catalog), favourites(account), forwarding(account),
                account.promisedOutstanding() == 0 ? null : new Promised(account.promisedOutstanding(),
                        Money.format(account.promisedOutstanding()), account.promisedDueAt()),
                account.autoTopUpThreshold() == 0 ? null : new AutoTopUp(account.autoTopUpThreshold(), account.autoTopUpAmount()),
                account.bonusPoints(), account.familyOwner() == 0 ? null
                        : new Family(account.familyOwner(), account.familySize(), account.isFamilyMember()),
                account.homeInternet(), account.openSessions());
    }

    private static List<AddOnBundle> addOns(AccountRecord account) {
        List<AddOnBundle> addOns = new ArrayList<>();
        for (int slot = 0; slot < AccountRecord.ADD_ON_SLOTS; slot++) {
            if (account.addOnUnit(slot) != null) {
                addOns.add(new AddOnBundle(slot, lower(account.addOnUnit(slot).name()), account.addOnUnits(slot), account.addOnExpiry(slot)));
            }
        }
        return addOns;
    }

    private static List<Service> services(AccountRecord account, Catalog catalog) {
        List<Service> services = new ArrayList<>();
        for (int index = 0; index < catalog.services().size(); index++) {
            if (account.hasService(index)) {
                ServiceSpec service = catalog.service(index);
                services.add(new Service(service.id(), service.name()));
            }
        }
        return services;
    }

    private static List<String> favourites(AccountRecord account) {
        List<String> favourites = new ArrayList<>();
        for (int slot = 0; slot < AccountRecord.FAVOURITE_SLOTS; slot++) {
            if (account.favourite(slot) != 0) {
                favourites.add(PartyNumber.toString(account.favourite(slot)));
            }
        }
        return favourites;
    }

    private static Map<String, String> forwarding(AccountRecord account) {
        Map<String, String> forwarding = new LinkedHashMap<>();
        for (ForwardingCondition condition : ForwardingCondition.values()) {
            if (account.forwarding(condition) != 0) {
                forwarding.put(lower(condition.name()), PartyNumber.toString(account.forwarding(condition)));
            }
        }
        return forwarding;
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
