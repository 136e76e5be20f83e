package io.telesim.simulator.web.plans;

import io.telesim.simulator.web.page.Format;
import io.telesim.simulator.web.page.Texts;

/** The words the plans and bonus pages build from several values: fees with their period, a tariff's bundles. */
public final class PlanTexts {

    private PlanTexts() {
    }

    /** {@code 550.00 ₽ a month}, {@code 16.00 ₽ a day}, or "no fee". */
    public static String fee(Texts t, long kopecks, String period) {
        return kopecks == 0 ? t.t("plans.noFee") : t.t("plans.fee." + period, Format.money(kopecks));
    }

    /** A month's bundles: {@code 500 min · 500 SMS · 20 GB}, or "no bundles". */
    public static String allowance(Texts t, TariffOffer.Bundle bundle) {
        StringBuilder text = new StringBuilder();
        append(text, bundle.voiceSeconds(), BundleUnits.text(t, "voice_seconds", bundle.voiceSeconds()));
        append(text, bundle.sms(), BundleUnits.text(t, "sms", bundle.sms()));
        append(text, bundle.dataBytes(), BundleUnits.text(t, "data_bytes", bundle.dataBytes()));
        return text.isEmpty() ? t.t("plans.noBundles") : text.toString();
    }

    private static void append(StringBuilder text, long units, String words) {
        if (units > 0) {
            text.append(text.isEmpty() ? "" : " · ").append(words);
        }
    }
}
