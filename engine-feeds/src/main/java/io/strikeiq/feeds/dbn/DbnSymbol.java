package io.strikeiq.feeds.dbn;

/**
 * A parsed Databento input symbol: raw ({@code NQZ5}, {@code MSFT}), continuous
 * ({@code ROOT.c|n|v.RANK}: calendar, open-interest or volume rule, rank 0 = front) or parent
 * ({@code ROOT.FUT}, {@code ROOT.OPT}, {@code ROOT.SPOT}), keeping what the engine needs: the root
 * and, for continuous symbols, rule and rank. The internal symbol is {@code DATASET:ROOT}, e.g.
 * {@code GLBX.MDP3:NQ}.
 *
 * @param text   the symbol as requested
 * @param kind   how it was interpreted
 * @param root   the product root ({@code NQ}); for raw futures the month code and year are stripped
 * @param rule   'c', 'n' or 'v' for continuous symbols, otherwise 0
 * @param rank   continuous rank (0 = front), otherwise -1
 * @param parentClass {@code FUT}/{@code OPT}/{@code SPOT}… for parent symbols, otherwise null
 */
public record DbnSymbol(String text, Kind kind, String root, char rule, int rank, String parentClass) {
    /** How a symbol was interpreted. */
    public enum Kind { RAW, CONTINUOUS, PARENT, INSTRUMENT_ID }

    private static final String FUTURES_MONTHS = "FGHJKMNQUVXZ";

    /**
     * Parses {@code symbol} as the given input stype; with {@code null}, {@link SType#NONE} or
     * {@link SType#SMART} the form decides (ROOT.x.N continuous, ROOT.FUT parent, else raw).
     *
     * @throws IllegalArgumentException if a continuous or parent symbol is malformed
     */
    public static DbnSymbol parse(final String symbol, final SType stypeIn) {
        final SType stype = stypeIn == null || stypeIn == SType.NONE || stypeIn == SType.SMART ? infer(symbol) : stypeIn;
        switch (stype) {
            case CONTINUOUS:
                return continuous(symbol);
            case PARENT:
                return parent(symbol);
            case INSTRUMENT_ID:
                return new DbnSymbol(symbol, Kind.INSTRUMENT_ID, symbol, (char) 0, -1, null);
            default:
                return new DbnSymbol(symbol, Kind.RAW, rawRoot(symbol), (char) 0, -1, null);
        }
    }

    private static SType infer(final String s) {
        final int first = s.indexOf('.');
        if (first > 0) {
            final int second = s.indexOf('.', first + 1);
            if (second == first + 2 && "cnv".indexOf(s.charAt(first + 1)) >= 0) {
                return SType.CONTINUOUS;
            }
            if (second < 0) {
                return SType.PARENT;
            }
        }
        return SType.RAW_SYMBOL;
    }

    private static DbnSymbol continuous(final String s) {
        final int first = s.indexOf('.');
        final int second = first < 0 ? -1 : s.indexOf('.', first + 1);
        if (first <= 0 || second != first + 2 || "cnv".indexOf(s.charAt(first + 1)) < 0 || second + 1 >= s.length()) {
            throw new IllegalArgumentException("not a continuous symbol ROOT.c|n|v.RANK: '" + s + "'");
        }
        final int rank;
        try {
            rank = Integer.parseInt(s.substring(second + 1));
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException("continuous symbol rank is not a number: '" + s + "'", e);
        }
        if (rank < 0) {
            throw new IllegalArgumentException("continuous symbol rank is negative: '" + s + "'");
        }
        return new DbnSymbol(s, Kind.CONTINUOUS, s.substring(0, first), s.charAt(first + 1), rank, null);
    }

    private static DbnSymbol parent(final String s) {
        final int dot = s.lastIndexOf('.');
        if (dot <= 0 || dot == s.length() - 1) {
            throw new IllegalArgumentException("not a parent symbol ROOT.FUT|OPT|SPOT: '" + s + "'");
        }
        return new DbnSymbol(s, Kind.PARENT, s.substring(0, dot), (char) 0, -1, s.substring(dot + 1));
    }

    /**
     * Root of a raw symbol: a CME-style future {@code ROOT + month code + 1–2 year digits} loses
     * the month and year ({@code NQZ5} → {@code NQ}); a spread keeps its first leg's root
     * ({@code NQZ5-NQH6} → {@code NQ}); anything else is its own root ({@code MSFT}).
     */
    static String rawRoot(final String s) {
        final int dash = s.indexOf('-');
        final String leg = dash > 0 ? s.substring(0, dash) : s;
        int digits = 0;
        int i = leg.length() - 1;
        while (i >= 0 && Character.isDigit(leg.charAt(i))) {
            digits++;
            i--;
        }
        if (digits >= 1 && digits <= 2 && i >= 1 && FUTURES_MONTHS.indexOf(leg.charAt(i)) >= 0) {
            return leg.substring(0, i);
        }
        return leg;
    }

    /** @return {@code DATASET:ROOT}, e.g. {@code GLBX.MDP3:NQ} */
    public String internalSymbol(final String dataset) {
        return dataset + ":" + root;
    }
}
