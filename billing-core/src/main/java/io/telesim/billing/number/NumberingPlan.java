package io.telesim.billing.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.agrona.collections.LongHashSet;

/**
 * Which operator and region hold a number, and so which {@link DestinationClass} a call to it is.
 *
 * <p>Lookups go through a table of the 10,000 four-digit prefixes {@code 7XXX}: a prefix held by one range (or
 * by none) is answered at once, the rare prefix split between ranges by a binary search over sorted
 * primitive arrays. No allocation: safe for the rating loop.
 */
public final class NumberingPlan {

    private static final int PREFIXES = 10_000;
    private static final long NUMBERS_PER_PREFIX = 10_000_000L;
    private static final int NO_RANGE = -1;
    private static final int SPLIT_PREFIX = -2;

    private final List<Region> regions;
    private final List<NumberRange> ranges;
    private final Map<Integer, Region> regionsById;
    private final long[] starts;
    private final long[] ends;
    private final byte[] kinds;
    private final int[] regionIds;
    private final int[] rangeByPrefix = new int[PREFIXES];
    private final LongHashSet freeShortNumbers = new LongHashSet();
    private final List<String> freeShortNumberTexts;

    /**
     * @param freeShortNumbers short numbers calls and messages to which are free and allowed when blocked
     * @throws IllegalArgumentException when ranges overlap or name an unknown region
     */
    public NumberingPlan(List<Region> regions, List<NumberRange> ranges, Set<String> freeShortNumbers) {
        Map<Integer, Region> byId = new TreeMap<>();
        for (Region region : regions) {
            if (byId.put(region.id(), region) != null) {
                throw new IllegalArgumentException("region " + region.id() + " is listed twice");
            }
        }
        List<NumberRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(NumberRange::from));
        for (int i = 0; i < sorted.size(); i++) {
            NumberRange range = sorted.get(i);
            if (range.kind() != NumberRange.Kind.ABROAD && !byId.containsKey(range.region())) {
                throw new IllegalArgumentException("range " + range.from() + ".." + range.to() + " names unknown region " + range.region());
            }
            if (i > 0 && sorted.get(i - 1).to() >= range.from()) {
                throw new IllegalArgumentException("ranges " + sorted.get(i - 1).from() + ".." + sorted.get(i - 1).to()
                        + " and " + range.from() + ".." + range.to() + " overlap");
            }
        }
        this.regions = List.copyOf(regions);
        this.ranges = Collections.unmodifiableList(sorted);
        this.regionsById = Collections.unmodifiableMap(byId);
        int n = sorted.size();
        starts = new long[n];
        ends = new long[n];
        kinds = new byte[n];
        regionIds = new int[n];
        for (int i = 0; i < n; i++) {
            NumberRange r = sorted.get(i);
            starts[i] = r.from();
            ends[i] = r.to();
            kinds[i] = (byte) r.kind().ordinal();
            regionIds[i] = r.region();
        }
        indexPrefixes();
        List<String> texts = new ArrayList<>();
        for (String text : freeShortNumbers) {
            long party = PartyNumber.parse(text);
            if (!PartyNumber.isShort(party)) {
                throw new IllegalArgumentException("'" + text + "' is not a short number (2 to 6 digits)");
            }
            this.freeShortNumbers.add(party);
            texts.add(text);
        }
        Collections.sort(texts);
        this.freeShortNumberTexts = List.copyOf(texts);
    }

    /** The class of a call from a subscriber of {@code callerRegion} to {@code party} (see {@link PartyNumber}). */
    public DestinationClass classify(int callerRegion, long party) {
        if (PartyNumber.isShort(party)) {
            return freeShortNumbers.contains(party) ? DestinationClass.FREE_SHORT : DestinationClass.SHORT;
        }
        if (!PartyNumber.isZoneSeven(party)) {
            return DestinationClass.INTERNATIONAL;
        }
        int i = indexOf(party);
        if (i < 0) {
            return DestinationClass.OTHER_REGION;
        }
        int kind = kinds[i];
        if (kind == NumberRange.Kind.ABROAD.ordinal()) {
            return DestinationClass.INTERNATIONAL;
        }
        if (kind == NumberRange.Kind.OUR_NETWORK.ordinal()) {
            return DestinationClass.ON_NET;
        }
        return regionIds[i] == callerRegion ? DestinationClass.OFF_NET : DestinationClass.OTHER_REGION;
    }

    /** True when the number belongs to our network. */
    public boolean isOnNet(long number) {
        int i = indexOf(number);
        return i >= 0 && kinds[i] == NumberRange.Kind.OUR_NETWORK.ordinal();
    }

    /** The region of a {@code +7} number, or {@link Region#UNKNOWN}. */
    public int regionOf(long number) {
        int i = indexOf(number);
        return i < 0 ? Region.UNKNOWN : regionIds[i];
    }

    public Region region(int id) {
        return regionsById.get(id);
    }

    public List<Region> regions() {
        return regions;
    }

    /** The ranges, sorted by their first number. */
    public List<NumberRange> ranges() {
        return ranges;
    }

    public List<String> freeShortNumbers() {
        return freeShortNumberTexts;
    }

    /** Marks each prefix with the one range that holds all of it, none, or {@link #SPLIT_PREFIX}. */
    private void indexPrefixes() {
        Arrays.fill(rangeByPrefix, NO_RANGE);
        for (int i = 0; i < starts.length; i++) {
            for (int prefix = prefixOf(starts[i]); prefix <= prefixOf(ends[i]); prefix++) {
                long blockStart = Msisdn.MIN + prefix * NUMBERS_PER_PREFIX;
                boolean whole = starts[i] <= blockStart && ends[i] >= blockStart + NUMBERS_PER_PREFIX - 1;
                rangeByPrefix[prefix] = whole && rangeByPrefix[prefix] == NO_RANGE ? i : SPLIT_PREFIX;
            }
        }
    }

    private static int prefixOf(long number) {
        return (int) ((number - Msisdn.MIN) / NUMBERS_PER_PREFIX);
    }

    private int indexOf(long number) {
        if (Msisdn.isValid(number)) {
            int byPrefix = rangeByPrefix[prefixOf(number)];
            if (byPrefix != SPLIT_PREFIX) {
                return byPrefix;
            }
        }
        int i = Arrays.binarySearch(starts, number);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && number <= ends[i] ? i : -1;
    }
}
