package io.telesim.simulator.web.login;

import java.util.Optional;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/**
 * The web accounts, by primary number, and which account each number belongs to. Numbers added to an
 * account (F8) log into that account. Writes are serialised: an account changes rarely.
 */
public final class WebAccounts {

    private final JsonRecords<WebAccount> accounts;
    private final JsonRecords<Long> owners;

    public WebAccounts(KeyValueStore store) {
        this.accounts = new JsonRecords<>(store, "account/", WebAccount.class);
        this.owners = new JsonRecords<>(store, "number-account/", Long.class);
    }

    /** The account {@code msisdn} logs into, if it has one. */
    public Optional<WebAccount> ofNumber(long msisdn) {
        long primary = owners.get(Long.toString(msisdn)).orElse(msisdn);
        return accounts.get(Long.toString(primary));
    }

    /** The account of {@code msisdn}, registering one at {@code now} when it has none (F1: first login registers). */
    public synchronized WebAccount registerIfNew(long msisdn, long now) {
        Optional<WebAccount> existing = ofNumber(msisdn);
        if (existing.isPresent()) {
            return existing.get();
        }
        WebAccount account = WebAccount.register(msisdn, now);
        accounts.put(Long.toString(msisdn), account);
        return account;
    }

    /** Saves a changed account. */
    public synchronized void save(WebAccount account) {
        accounts.put(Long.toString(account.primary()), account);
    }

    /** Adds {@code msisdn} to the account of {@code primary}, so it logs in there too; returns the account. */
    public synchronized WebAccount addNumber(long primary, long msisdn) {
        WebAccount account = accounts.get(Long.toString(primary))
                .orElseThrow(() -> new IllegalArgumentException(primary + " has no web account"));
        WebAccount more = account.withNumber(msisdn);
        accounts.put(Long.toString(primary), more);
        owners.put(Long.toString(msisdn), primary);
        return more;
    }
}
