package io.telesim.billing;

/**
 * Numbers of the test numbering plan ({@link TestCatalogs}): ours in Moscow, Saint Petersburg and
 * Tatarstan, other operators' in Moscow and Saint Petersburg, and Kazakhstan's {@code +7 701} abroad.
 */
public final class TestNumbers {

    /** Region ids of the plan: the Russian region codes. */
    public static final int MOSCOW = 77;
    public static final int SAINT_PETERSBURG = 78;
    public static final int TATARSTAN = 16;

    /** Our subscribers in Moscow ({@code +7 916}). */
    public static final long ANNA = 79160000001L;
    public static final long BORIS = 79160000002L;
    public static final long VERA = 79160000003L;
    public static final long GLEB = 79160000004L;
    public static final long DARIA = 79160000005L;
    public static final long EGOR = 79160000006L;

    /** Our subscriber in Saint Petersburg ({@code +7 911}). */
    public static final long PETERSBURG_OURS = 79110000001L;
    /** Our subscriber in Tatarstan ({@code +7 917}). */
    public static final long KAZAN_OURS = 79170000001L;

    /** Another operator's number in Moscow ({@code +7 903}). */
    public static final long MOSCOW_OTHER = 79030000001L;
    /** Another operator's number in Saint Petersburg ({@code +7 921}). */
    public static final long PETERSBURG_OTHER = 79210000001L;
    /** A {@code +7} number the plan does not list. */
    public static final long UNLISTED = 79990000001L;
    /** Kazakhstan shares the {@code +7} zone: {@code +7 701}. */
    public static final long ALMATY = 77011234567L;
    /** London, dialled as {@code +44 20 7123 4567}. */
    public static final long LONDON = 442071234567L;

    private TestNumbers() {
    }
}
