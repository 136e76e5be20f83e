package io.telesim.billing;

import io.telesim.billing.catalog.Allowance;
import io.telesim.billing.catalog.BundleScope;
import io.telesim.billing.catalog.FamilyTerms;
import io.telesim.billing.catalog.Fee;
import io.telesim.billing.catalog.FeePeriod;
import io.telesim.billing.catalog.PriceList;
import io.telesim.billing.catalog.Rounding;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.number.DestinationClass;

/**
 * A tariff being written: starts from a name and a price list and changes one term at a time, so a
 * test can say "the go tariff, but with a connection fee of 1 ₽" and state exact prices.
 */
public final class TariffDraft {

    private static final DestinationClass[] PRICED = {
        DestinationClass.ON_NET, DestinationClass.OFF_NET, DestinationClass.OTHER_REGION,
        DestinationClass.INTERNATIONAL, DestinationClass.SHORT
    };

    private final String id;
    private final String name;
    private Fee fee = Fee.NONE;
    private long voiceSeconds;
    private BundleScope voiceScope = BundleScope.RUSSIA;
    private long sms;
    private BundleScope smsScope = BundleScope.RUSSIA;
    private long dataBytes;
    private final long[] voicePerMinute = new long[DestinationClass.count()];
    private long voiceConnectionFee;
    private Rounding voiceRounding = Rounding.PER_MINUTE;
    private final long[] smsPrices = new long[DestinationClass.count()];
    private long dataPerMegabyte;
    private Rounding dataRounding = Rounding.every(100 * 1024);
    private long ussdPrice;
    private long switchFee;
    private FamilyTerms family;
    private boolean convergent;

    private TariffDraft(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public static TariffDraft named(String id, String name) {
        return new TariffDraft(id, name);
    }

    /** A draft holding every term of {@code tariff}. */
    public static TariffDraft of(Tariff tariff) {
        TariffDraft draft = new TariffDraft(tariff.id(), tariff.name());
        draft.fee = tariff.fee();
        Allowance allowance = tariff.allowance();
        draft.voiceSeconds = allowance.voiceSeconds();
        draft.voiceScope = allowance.voiceScope();
        draft.sms = allowance.sms();
        draft.smsScope = allowance.smsScope();
        draft.dataBytes = allowance.dataBytes();
        for (DestinationClass destination : PRICED) {
            draft.voicePerMinute[destination.ordinal()] = tariff.voicePerMinute().price(destination);
            draft.smsPrices[destination.ordinal()] = tariff.smsPrices().price(destination);
        }
        draft.voiceConnectionFee = tariff.voiceConnectionFee();
        draft.voiceRounding = tariff.voiceRounding();
        draft.dataPerMegabyte = tariff.dataPerMegabyte();
        draft.dataRounding = tariff.dataRounding();
        draft.ussdPrice = tariff.ussdPrice();
        draft.switchFee = tariff.switchFee();
        draft.family = tariff.family();
        draft.convergent = tariff.convergent();
        return draft;
    }

    public TariffDraft monthlyFee(long kopecks) {
        this.fee = new Fee(kopecks, FeePeriod.MONTHLY);
        return this;
    }

    public TariffDraft dailyFee(long kopecks) {
        this.fee = new Fee(kopecks, FeePeriod.DAILY);
        return this;
    }

    public TariffDraft voiceMinutes(long minutes, BundleScope scope) {
        this.voiceSeconds = minutes * 60;
        this.voiceScope = scope;
        return this;
    }

    public TariffDraft voiceMinutes(long minutes) {
        return voiceMinutes(minutes, voiceScope);
    }

    public TariffDraft smsBundle(long messages, BundleScope scope) {
        this.sms = messages;
        this.smsScope = scope;
        return this;
    }

    public TariffDraft dataBytes(long bytes) {
        this.dataBytes = bytes;
        return this;
    }

    /** Per-minute voice prices in kopecks: on-net, off-net, other region, international, paid short numbers. */
    public TariffDraft voicePrices(long onNet, long offNet, long otherRegion, long international, long shortNumber) {
        setAll(voicePerMinute, onNet, offNet, otherRegion, international, shortNumber);
        return this;
    }

    /** One voice price; {@link PriceList#BARRED} bars the destination. */
    public TariffDraft voicePrice(DestinationClass destination, long kopecksPerMinute) {
        voicePerMinute[destination.ordinal()] = kopecksPerMinute;
        return this;
    }

    public TariffDraft smsPrices(long onNet, long offNet, long otherRegion, long international, long shortNumber) {
        setAll(smsPrices, onNet, offNet, otherRegion, international, shortNumber);
        return this;
    }

    public TariffDraft smsPrice(DestinationClass destination, long kopecksPerSegment) {
        smsPrices[destination.ordinal()] = kopecksPerSegment;
        return this;
    }

    public TariffDraft voiceConnectionFee(long kopecks) {
        this.voiceConnectionFee = kopecks;
        return this;
    }

    public TariffDraft voiceRounding(Rounding rounding) {
        this.voiceRounding = rounding;
        return this;
    }

    public TariffDraft dataPerMegabyte(long kopecks) {
        this.dataPerMegabyte = kopecks;
        return this;
    }

    public TariffDraft dataRounding(Rounding rounding) {
        this.dataRounding = rounding;
        return this;
    }

    public TariffDraft ussdPrice(long kopecks) {
        this.ussdPrice = kopecks;
        return this;
    }

    public TariffDraft switchFee(long kopecks) {
        this.switchFee = kopecks;
        return this;
    }

    public TariffDraft family(FamilyTerms terms) {
        this.family = terms;
        return this;
    }

    public TariffDraft convergent(boolean on) {
        this.convergent = on;
        return this;
    }

    public Tariff build() {
        return new Tariff(id, name, fee, new Allowance(voiceSeconds, voiceScope, sms, smsScope, dataBytes),
                priceList(voicePerMinute), voiceConnectionFee, voiceRounding, priceList(smsPrices), dataPerMegabyte, dataRounding,
                ussdPrice, switchFee, family, convergent);
    }

    private static void setAll(long[] prices, long onNet, long offNet, long otherRegion, long international, long shortNumber) {
        prices[DestinationClass.ON_NET.ordinal()] = onNet;
        prices[DestinationClass.OFF_NET.ordinal()] = offNet;
        prices[DestinationClass.OTHER_REGION.ordinal()] = otherRegion;
        prices[DestinationClass.INTERNATIONAL.ordinal()] = international;
        prices[DestinationClass.SHORT.ordinal()] = shortNumber;
    }

    private static PriceList priceList(long[] prices) {
        return new PriceList(prices[DestinationClass.ON_NET.ordinal()], prices[DestinationClass.OFF_NET.ordinal()],
                prices[DestinationClass.OTHER_REGION.ordinal()], prices[DestinationClass.INTERNATIONAL.ordinal()],
                prices[DestinationClass.SHORT.ordinal()]);
    }
}
