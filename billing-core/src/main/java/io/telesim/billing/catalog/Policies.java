package io.telesim.billing.catalog;

/** Every policy of the catalog. */
public record Policies(PromisedPaymentPolicy promisedPayment, TransferPolicy transfer, TopUpPolicy topUp,
                       BonusPolicy bonus, TariffChangePolicy tariffChange, AccountPolicies account) {

    public Policies {
        if (promisedPayment == null || transfer == null || topUp == null || bonus == null || tariffChange == null
                || account == null) {
            throw new IllegalArgumentException("every policy must be given");
        }
    }
}
