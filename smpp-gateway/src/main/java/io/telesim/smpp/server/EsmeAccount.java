package io.telesim.smpp.server;

import java.util.List;
import java.util.Set;

import org.jsmpp.bean.BindType;

/**
 * An ESME that may bind to the SMS centre, as configured.
 *
 * @param systemId       the bind's system_id
 * @param password       the bind's password
 * @param bindTypes      the bind types it may use (TX, RX, TRX)
 * @param maxBinds       how many sessions it may hold at once
 * @param allowedSources source addresses it may send from ({@code 3339}, {@code Telesim}); empty allows any
 * @param maxPerSecond   submit rate above which it is answered ESME_RTHROTTLED (0 = no limit)
 * @param billingAccount the subscriber number its traffic is charged to (A2P), or 0 when its traffic is free
 * @param shortNumbers   short numbers it serves: SMS from handsets to these go to its RX/TRX binds
 * @param handsetGateway true for the radio network's side of the SMS centre rather than an application: its submits
 *                       are mobile-originated SMS typed on handsets, each from a subscriber's number and charged to it
 *                       (as {@link io.telesim.smpp.centre.ServiceSenders#sendFromHandset} does), never to a billing account
 */
public record EsmeAccount(String systemId, String password, Set<BindType> bindTypes, int maxBinds, List<String> allowedSources,
                          int maxPerSecond, long billingAccount, List<String> shortNumbers, boolean handsetGateway) {

    public EsmeAccount {
        if (systemId == null || systemId.isEmpty() || systemId.length() > 15) {
            throw new IllegalArgumentException("an ESME's system_id has 1 to 15 characters, got '" + systemId + "'");
        }
        if (password == null || password.length() > 8) {
            throw new IllegalArgumentException("the password of ESME " + systemId + " has at most 8 characters (SMPP 3.4)");
        }
        if (bindTypes == null || bindTypes.isEmpty() || maxBinds < 1 || maxPerSecond < 0) {
            throw new IllegalArgumentException("ESME " + systemId + " needs at least one bind type, maxBinds >= 1 and maxPerSecond >= 0");
        }
        bindTypes = Set.copyOf(bindTypes);
        allowedSources = List.copyOf(allowedSources);
        shortNumbers = List.copyOf(shortNumbers);
        if (handsetGateway && billingAccount != 0) {
            throw new IllegalArgumentException("ESME " + systemId + " carries handsets' own SMS, which their senders pay for: it has no billing account");
        }
    }

    /** An application's ESME (not a handset gateway). */
    public EsmeAccount(String systemId, String password, Set<BindType> bindTypes, int maxBinds, List<String> allowedSources,
                       int maxPerSecond, long billingAccount, List<String> shortNumbers) {
        this(systemId, password, bindTypes, maxBinds, allowedSources, maxPerSecond, billingAccount, shortNumbers, false);
    }

    /** An ESME that may bind any way, up to 8 times, send from anything, unthrottled and free of charge. */
    public static EsmeAccount open(String systemId, String password) {
        return new EsmeAccount(systemId, password, Set.of(BindType.BIND_TX, BindType.BIND_RX, BindType.BIND_TRX), 8, List.of(), 0, 0,
                List.of());
    }

    public EsmeAccount withMaxPerSecond(int rate) {
        return new EsmeAccount(systemId, password, bindTypes, maxBinds, allowedSources, rate, billingAccount, shortNumbers);
    }

    public EsmeAccount withBillingAccount(long msisdn) {
        return new EsmeAccount(systemId, password, bindTypes, maxBinds, allowedSources, maxPerSecond, msisdn, shortNumbers);
    }

    public EsmeAccount withAllowedSources(List<String> sources) {
        return new EsmeAccount(systemId, password, bindTypes, maxBinds, sources, maxPerSecond, billingAccount, shortNumbers);
    }

    public EsmeAccount withShortNumbers(List<String> numbers) {
        return new EsmeAccount(systemId, password, bindTypes, maxBinds, allowedSources, maxPerSecond, billingAccount, numbers);
    }

    public EsmeAccount withBinds(Set<BindType> types, int max) {
        return new EsmeAccount(systemId, password, types, max, allowedSources, maxPerSecond, billingAccount, shortNumbers);
    }

    /** The same ESME as a handset gateway: its messages are the SMS of the handsets they come from. */
    public EsmeAccount asHandsetGateway() {
        return new EsmeAccount(systemId, password, bindTypes, maxBinds, allowedSources, maxPerSecond, 0, shortNumbers, true);
    }

    /** Who pays for a message from {@code sourceParty}: the sender for a handset gateway, else the billing account (0: nobody). */
    public long payerFor(long sourceParty) {
        return handsetGateway ? sourceParty : billingAccount;
    }

    /** True when {@code source} (as the ESME wrote it) is one it may send from. */
    public boolean maySendFrom(String source) {
        return allowedSources.isEmpty() || allowedSources.contains(source);
    }

    public boolean charged() {
        return billingAccount != 0;
    }
}
