package io.telesim.engine.recovery;

import java.util.function.LongConsumer;

import io.telesim.billing.account.AccountRecord;
import io.telesim.engine.pipeline.AccountRepository;
import io.telesim.engine.state.AccountStore;

/** The account store as the apply stage's repository. */
final class StoredAccounts implements AccountRepository {

    private final AccountStore store;

    StoredAccounts(AccountStore store) {
        this.store = store;
    }

    @Override
    public boolean find(long msisdn, AccountRecord into) {
        return store.find(msisdn, into);
    }

    @Override
    public boolean create(long msisdn, AccountRecord into) {
        if (store.create(msisdn, into)) {
            return true;
        }
        if (!store.contains(msisdn)) {
            throw new IllegalStateException("the account store is full: it holds " + store.capacity()
                    + " accounts; start the engine with a larger maxAccounts");
        }
        return false;
    }

    @Override
    public long locate(long msisdn) {
        return store.locate(msisdn);
    }

    @Override
    public long touch(long location) {
        return store.touchAt(location);
    }

    @Override
    public long size() {
        return store.size();
    }

    @Override
    public boolean remove(long msisdn) {
        return store.remove(msisdn);
    }

    @Override
    public void forEachMsisdn(LongConsumer consumer) {
        store.forEach(consumer);
    }
}
