package io.strikeiq.feeds.dbn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Resolves the input symbols of a DBN file (raw, continuous {@code ROOT.c|n|v.RANK}, parent
 * {@code ROOT.FUT}) to instrument ids at an event time through the metadata mappings, whose date
 * ranges are UTC days, start inclusive and end exclusive; and back from an instrument id on a date
 * to the input symbol, so records (which carry the real contract's id) can be keyed by series.
 * Built once per file; every lookup after that is array search without allocation. Output symbols
 * that are not numeric (stype_out other than instrument_id) resolve to {@link #NO_INSTRUMENT}.
 */
public final class SymbolResolver {
    /** Returned when nothing maps; instrument id u32::MAX, which Databento never assigns. */
    public static final int NO_INSTRUMENT = -1;

    private final String dataset;
    private final String[] names;
    private final DbnSymbol[] parsed;
    private final String[] internal;
    /** Per symbol index: its intervals in [first[i], first[i + 1]) of the flat arrays, sorted by start. */
    private final int[] first;
    private final int[] startDate;
    private final int[] endDate;
    private final int[] instrument;
    /** Reverse index: interval numbers ordered by (instrument id, start date). */
    private final int[] byInstrument;
    private final int[] byInstrumentId;
    private final int[] owner;

    /** Builds the resolver from the metadata's mappings (requested symbols without a mapping are kept too). */
    public SymbolResolver(final DbnMetadata metadata) {
        this.dataset = metadata.dataset();
        final List<String> all = new ArrayList<>();
        for (final SymbolMapping m : metadata.mappings()) {
            if (!all.contains(m.rawSymbol())) {
                all.add(m.rawSymbol());
            }
        }
        for (final String s : metadata.symbols()) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        all.sort(null);
        names = all.toArray(new String[0]);
        final SType stypeIn = metadata.stypeInType();
        parsed = new DbnSymbol[names.length];
        internal = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            parsed[i] = DbnSymbol.parse(names[i], stypeIn);
            internal[i] = parsed[i].internalSymbol(dataset);
        }
        final boolean numeric = metadata.stypeOut() == SType.INSTRUMENT_ID.id;
        final List<int[]> rows = new ArrayList<>();
        for (final SymbolMapping m : metadata.mappings()) {
            final int idx = Arrays.binarySearch(names, m.rawSymbol());
            for (final MappingInterval iv : m.intervals()) {
                rows.add(new int[] {idx, iv.startDate(), iv.endDate(), numeric ? parseId(iv.symbol()) : NO_INSTRUMENT});
            }
        }
        rows.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        final int n = rows.size();
        first = new int[names.length + 1];
        startDate = new int[n];
        endDate = new int[n];
        instrument = new int[n];
        owner = new int[n];
        for (int k = 0; k < n; k++) {
            final int[] r = rows.get(k);
            owner[k] = r[0];
            startDate[k] = r[1];
            endDate[k] = r[2];
            instrument[k] = r[3];
            first[r[0] + 1]++;
        }
        for (int i = 0; i < names.length; i++) {
            first[i + 1] += first[i];
        }
        final Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> instrument[a] != instrument[b] ? Integer.compare(instrument[a], instrument[b])
                : Integer.compare(startDate[a], startDate[b]));
        byInstrument = new int[n];
        byInstrumentId = new int[n];
        for (int k = 0; k < n; k++) {
            byInstrument[k] = order[k];
            byInstrumentId[k] = instrument[order[k]];
        }
    }

    private static int parseId(final String s) {
        try {
            return (int) Long.parseLong(s);
        } catch (final NumberFormatException e) {
            return NO_INSTRUMENT;
        }
    }

    /** @return the number of input symbols */
    public int symbolCount() {
        return names.length;
    }

    /** @return the index of an input symbol, or -1 if the file does not know it */
    public int symbolIndex(final String symbol) {
        final int i = Arrays.binarySearch(names, symbol);
        return i >= 0 ? i : -1;
    }

    /** @return the input symbol at {@code index} */
    public String symbol(final int index) {
        return names[index];
    }

    /** @return the parsed form of the input symbol at {@code index} */
    public DbnSymbol parsed(final int index) {
        return parsed[index];
    }

    /** @return {@code DATASET:ROOT} of the input symbol at {@code index}, e.g. {@code GLBX.MDP3:NQ} */
    public String internalSymbol(final int index) {
        return internal[index];
    }

    /** @return the dataset of the file */
    public String dataset() {
        return dataset;
    }

    /**
     * @return the instrument id the symbol maps to on the UTC date of {@code epochNanos} (for a
     *     parent symbol, the first of its instruments), or {@link #NO_INSTRUMENT}
     */
    public int instrumentId(final int symbolIndex, final long epochNanos) {
        final int date = UtcDate.yyyymmdd(epochNanos);
        for (int k = first[symbolIndex], end = first[symbolIndex + 1]; k < end; k++) {
            if (date >= startDate[k] && date < endDate[k]) {
                return instrument[k];
            }
        }
        return NO_INSTRUMENT;
    }

    /** @return {@link #instrumentId(int, long)} by symbol text; {@link #NO_INSTRUMENT} for unknown symbols */
    public int instrumentId(final String symbol, final long epochNanos) {
        final int i = symbolIndex(symbol);
        return i < 0 ? NO_INSTRUMENT : instrumentId(i, epochNanos);
    }

    /**
     * Every instrument a (parent) symbol maps to on the date of {@code epochNanos}.
     *
     * @return how many ids were found; at most {@code dst.length} are written
     */
    public int instrumentIds(final int symbolIndex, final long epochNanos, final int[] dst) {
        final int date = UtcDate.yyyymmdd(epochNanos);
        int count = 0;
        for (int k = first[symbolIndex], end = first[symbolIndex + 1]; k < end; k++) {
            if (date >= startDate[k] && date < endDate[k]) {
                if (count < dst.length) {
                    dst[count] = instrument[k];
                }
                count++;
            }
        }
        return count;
    }

    /**
     * @return the index of the input symbol that maps to {@code instrumentId} on the date of
     *     {@code epochNanos} (the lowest index if several do), or -1
     */
    public int symbolIndexOf(final int instrumentId, final long epochNanos) {
        final int date = UtcDate.yyyymmdd(epochNanos);
        int lo = 0;
        int hi = byInstrumentId.length;
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (byInstrumentId[mid] < instrumentId) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int best = -1;
        for (int k = lo; k < byInstrumentId.length && byInstrumentId[k] == instrumentId; k++) {
            final int iv = byInstrument[k];
            if (date >= startDate[iv] && date < endDate[iv] && (best < 0 || owner[iv] < best)) {
                best = owner[iv];
            }
        }
        return best;
    }

    /** @return whether the symbol maps to a different instrument at {@code toNanos} than at {@code fromNanos} */
    public boolean rollsBetween(final int symbolIndex, final long fromNanos, final long toNanos) {
        return instrumentId(symbolIndex, fromNanos) != instrumentId(symbolIndex, toNanos);
    }

    /**
     * The roll dates of a symbol: the start dates (YYYYMMDD) of intervals whose instrument differs
     * from the previous interval's.
     *
     * @return how many roll dates were found; at most {@code dst.length} are written
     */
    public int rollDates(final int symbolIndex, final int[] dst) {
        int count = 0;
        for (int k = first[symbolIndex] + 1, end = first[symbolIndex + 1]; k < end; k++) {
            if (instrument[k] != instrument[k - 1]) {
                if (count < dst.length) {
                    dst[count] = startDate[k];
                }
                count++;
            }
        }
        return count;
    }
}
