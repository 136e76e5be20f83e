package io.telesim.billing.properties;

import org.agrona.concurrent.UnsafeBuffer;

import io.telesim.billing.account.AccountRecord;

/** Views over copied account bytes. */
final class Accounts {

    private Accounts() {
    }

    /** An account record over a copy of {@code bytes}: reading it never touches the live account. */
    static AccountRecord view(byte[] bytes) {
        return new AccountRecord().wrap(new UnsafeBuffer(bytes.clone()), 0);
    }
}
