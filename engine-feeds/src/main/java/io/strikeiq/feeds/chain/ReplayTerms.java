package io.strikeiq.feeds.chain;

/**
 * What {@link ChainSnapshotEvents} needs beyond the snapshot: the first instrument id to assign,
 * the venue, and the contract facts the chain files do not carry (lot size, tick size, strike
 * step), which come from an instrument master ({@link #of(UnderlyingTerms, int, String)}) or the
 * caller. A NaN strike step means "derive it from the snapshot's listed strikes".
 *
 * @param firstInstrumentId id of the underlying; options get the following ids
 * @param venue             venue code for the definitions, e.g. {@code NSE}
 * @param lotSize           contract size, used for definitions and to turn shares into contracts
 * @param tickSize          price tick
 * @param strikeStep        strike grid spacing, or NaN to derive it
 */
public record ReplayTerms(int firstInstrumentId, String venue, int lotSize, double tickSize, double strikeStep) {
    /** Validates the values. */
    public ReplayTerms {
        if (firstInstrumentId <= 0) {
            throw new IllegalArgumentException("firstInstrumentId must be positive, got " + firstInstrumentId);
        }
        if (lotSize <= 0) {
            throw new IllegalArgumentException("lotSize must be positive, got " + lotSize);
        }
        if (!(tickSize > 0) || Double.isInfinite(tickSize)) {
            throw new IllegalArgumentException("tickSize must be positive, got " + tickSize);
        }
        if (!Double.isNaN(strikeStep) && (!(strikeStep > 0) || Double.isInfinite(strikeStep))) {
            throw new IllegalArgumentException("strikeStep must be positive or NaN, got " + strikeStep);
        }
    }

    /** Terms from an instrument master's facts for the underlying. */
    public static ReplayTerms of(final UnderlyingTerms terms, final int firstInstrumentId, final String venue) {
        return new ReplayTerms(firstInstrumentId, venue, terms.lotSize(), terms.tickSize(), terms.strikeStep());
    }
}
