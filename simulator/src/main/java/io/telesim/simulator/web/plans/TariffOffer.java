package io.telesim.simulator.web.plans;

import java.util.Locale;

import io.telesim.billing.catalog.Allowance;
import io.telesim.billing.catalog.FamilyTerms;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.money.Money;

/**
 * A tariff of the catalog as the API shows it (F4): its fee, monthly bundles and switch fee, and what moving
 * to it would cost now (the switch fee and the fee for the rest of the month, as the tariff-change policy says).
 *
 * @param feePeriod  {@code monthly} or {@code daily}
 * @param changeCost kopecks a change to this tariff would take now; 0 for the current tariff
 * @param family     family terms for a family tariff, else null
 */
public record TariffOffer(String id, String name, long fee, String feePeriod, String feeText, Bundle allowance, long switchFee,
                          String switchFeeText, Family family, boolean convergent, long changeCost, String changeCostText) {

    /** Monthly bundles: voice in seconds, messages, bytes; scopes {@code on_net}, {@code home_region} or {@code russia}. */
    public record Bundle(long voiceSeconds, String voiceScope, long sms, String smsScope, long dataBytes) {

        static Bundle of(Allowance allowance) {
            return new Bundle(allowance.voiceSeconds(), scope(allowance.voiceScope()), allowance.sms(), scope(allowance.smsScope()),
                    allowance.dataBytes());
        }

        private static String scope(Enum<?> scope) {
            return scope.name().toLowerCase(Locale.ROOT);
        }
    }

    /** A family tariff's terms: SIMs (owner included), the owner's monthly fee per member, the tariff a leaving member gets. */
    public record Family(int maxSims, long memberFee, String memberFeeText, String leaveTariffId) {
    }

    static TariffOffer of(Tariff tariff, long changeCost, String leaveTariffId) {
        FamilyTerms terms = tariff.family();
        Family family = terms == null ? null
                : new Family(terms.maxSims(), terms.memberMonthlyFee(), Money.format(terms.memberMonthlyFee()), leaveTariffId);
        return new TariffOffer(tariff.id(), tariff.name(), tariff.fee().kopecks(), tariff.fee().period().name().toLowerCase(Locale.ROOT),
                Money.format(tariff.fee().kopecks()), Bundle.of(tariff.allowance()), tariff.switchFee(), Money.format(tariff.switchFee()),
                family, tariff.convergent(), changeCost, Money.format(changeCost));
    }
}
