package io.telesim.billing.catalog;

/**
 * A tariff plan: its fee, its monthly bundles and what usage beyond them costs.
 *
 * @param voicePerMinute      kopecks per minute of a call beyond the bundle, by destination class
 * @param voiceConnectionFee  kopecks charged once for every answered call that is not free
 * @param voiceRounding       how call seconds are rounded up
 * @param smsPrices           kopecks per SMS segment beyond the bundle
 * @param dataPerMegabyte     kopecks per megabyte (2^20 bytes) beyond the bundles, or {@link PriceList#BARRED}
 * @param dataRounding        how a data session's bytes are rounded up (e.g. to 100 KB)
 * @param ussdPrice           kopecks per USSD request (0: free, the usual case)
 * @param switchFee           kopecks charged to move onto this tariff from another
 * @param family              family terms, or null when this is not a family tariff
 * @param convergent          true when the fee is waived while the subscriber's home internet is active
 */
public record Tariff(String id, String name, Fee fee, Allowance allowance,
                     PriceList voicePerMinute, long voiceConnectionFee, Rounding voiceRounding,
                     PriceList smsPrices, long dataPerMegabyte, Rounding dataRounding,
                     long ussdPrice, long switchFee, FamilyTerms family, boolean convergent) {

    public Tariff {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a tariff needs an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("tariff " + id + " needs a name");
        }
        if (voiceConnectionFee < 0 || switchFee < 0 || ussdPrice < 0) {
            throw new IllegalArgumentException("tariff " + id + ": fees cannot be negative");
        }
        if (dataPerMegabyte < PriceList.BARRED) {
            throw new IllegalArgumentException("tariff " + id + ": the data price cannot be negative");
        }
        if (family != null && convergent) {
            throw new IllegalArgumentException("tariff " + id + " cannot be both a family and a convergent tariff");
        }
    }

    public boolean isFamily() {
        return family != null;
    }
}
