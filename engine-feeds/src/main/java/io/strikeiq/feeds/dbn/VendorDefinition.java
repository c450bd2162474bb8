package io.strikeiq.feeds.dbn;

/**
 * What a DBN instrument definition (rtype 0x13) says about one vendor instrument id, kept by the
 * feed so the instrument is defined to the engine with it: the raw symbol ({@code NQH5}), the
 * instrument class ({@code 'F'} future, {@code 'S'} future spread, {@code 'T'} option spread,
 * {@code 'M'} mixed spread, {@code 'C'}/{@code 'P'} options ...), the tick size
 * ({@code min_price_increment}) and the contract multiplier ({@code contract_multiplier}; DBN's
 * undefined i32 maximum, or anything not positive, reads as 1 — {@code unit_of_measure_qty} is
 * the quantity of the unit of measure, not the multiplier of the price).
 */
record VendorDefinition(long vendorId, String rawSymbol, char instrumentClass, double tickSize, int multiplier) {
    private static final int UNDEF_I32 = Integer.MAX_VALUE;

    /** A spread (of futures, of options, or mixed) rather than an outright: never part of a continuous series. */
    boolean spread() {
        return isSpread(instrumentClass, rawSymbol);
    }

    /** By its class when the definition gives one, else by a CME spread symbol's leg separator ({@code NQH5-NQM5}). */
    static boolean isSpread(final char instrumentClass, final String rawSymbol) {
        if (instrumentClass == 'S' || instrumentClass == 'T' || instrumentClass == 'M') {
            return true;
        }
        return instrumentClass == 0 && rawSymbol != null && rawSymbol.indexOf('-') > 0;
    }

    /** The definition {@code r} holds. */
    static VendorDefinition from(final InstrumentDefRecord r) {
        final double tick = r.minPriceIncrement();
        final int m = r.contractMultiplier();
        return new VendorDefinition(r.instrumentId() & 0xFFFF_FFFFL, r.rawSymbol(), r.instrumentClass(),
            Double.isNaN(tick) ? 0 : tick, m <= 0 || m == UNDEF_I32 ? 1 : m);
    }

    /** The report's name of the instrument: {@code ESH1 (5482)}. */
    String label() {
        return rawSymbol + " (" + vendorId + ")";
    }
}
