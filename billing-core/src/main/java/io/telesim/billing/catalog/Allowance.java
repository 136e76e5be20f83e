package io.telesim.billing.catalog;

/**
 * The bundles a tariff grants every billing month.
 *
 * @param voiceSeconds minutes of calls, held in seconds
 * @param sms          messages (segments)
 * @param dataBytes    mobile internet
 */
public record Allowance(long voiceSeconds, BundleScope voiceScope, long sms, BundleScope smsScope, long dataBytes) {

    public static final Allowance NONE = new Allowance(0, BundleScope.RUSSIA, 0, BundleScope.RUSSIA, 0);

    public Allowance {
        if (voiceSeconds < 0 || sms < 0 || dataBytes < 0) {
            throw new IllegalArgumentException("bundles cannot be negative");
        }
        if (voiceSeconds > Integer.MAX_VALUE || sms > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a voice bundle holds at most " + Integer.MAX_VALUE / 60 + " minutes and an SMS bundle "
                    + Integer.MAX_VALUE + " messages");
        }
        if (voiceScope == null || smsScope == null) {
            throw new IllegalArgumentException("bundles need a scope");
        }
    }

    /** This allowance scaled to {@code days} of a {@code daysInMonth}-day month, rounded down. */
    public Allowance prorated(int days, int daysInMonth) {
        return new Allowance(voiceSeconds * days / daysInMonth / 60 * 60, voiceScope, sms * days / daysInMonth, smsScope,
                dataBytes / daysInMonth * days);
    }
}
