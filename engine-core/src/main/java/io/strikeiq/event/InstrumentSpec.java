package io.strikeiq.event;

/**
 * Mutable, preallocated description of one instrument, carried by an
 * {@link EventType#INSTRUMENT_DEFINITION} event and held by the instrument registry. Symbols are
 * kept as ASCII bytes so a definition can be decoded into a ring slot without allocating.
 */
public final class InstrumentSpec {
    public static final int SYMBOL_LENGTH = 32;
    public static final int VENUE_LENGTH = 16;

    public static final byte KIND_INDEX = 0;
    public static final byte KIND_FUTURE = 1;
    public static final byte KIND_OPTION = 2;
    public static final byte KIND_EQUITY = 3;

    public static final byte RIGHT_NONE = 0;
    public static final byte RIGHT_CALL = 1;
    public static final byte RIGHT_PUT = 2;

    public int instrumentId;
    public byte kind;
    public byte right;
    public int underlyingId;
    /** Exact expiry instant, ns since epoch UTC; 0 when the instrument does not expire. */
    public long expiryNanos;
    /** NaN unless an option. */
    public double strike = Double.NaN;
    public int lotSize;
    public double tickSize;
    /** Strike spacing of the option chain (set on options and on their underlying). */
    public double strikeStep;
    public final byte[] venue = new byte[VENUE_LENGTH];
    public final byte[] symbol = new byte[SYMBOL_LENGTH];

    public void copyFrom(final InstrumentSpec other) {
        instrumentId = other.instrumentId;
        kind = other.kind;
        right = other.right;
        underlyingId = other.underlyingId;
        expiryNanos = other.expiryNanos;
        strike = other.strike;
        lotSize = other.lotSize;
        tickSize = other.tickSize;
        strikeStep = other.strikeStep;
        System.arraycopy(other.venue, 0, venue, 0, VENUE_LENGTH);
        System.arraycopy(other.symbol, 0, symbol, 0, SYMBOL_LENGTH);
    }

    public void clear() {
        instrumentId = 0;
        kind = KIND_INDEX;
        right = RIGHT_NONE;
        underlyingId = 0;
        expiryNanos = 0;
        strike = Double.NaN;
        lotSize = 0;
        tickSize = 0;
        strikeStep = 0;
        java.util.Arrays.fill(venue, (byte) 0);
        java.util.Arrays.fill(symbol, (byte) 0);
    }

    /** Sets the symbol from a String (off the hot path: definitions are made at start-up). */
    public InstrumentSpec symbol(final String value) {
        putAscii(value, symbol, "symbol");
        return this;
    }

    public InstrumentSpec venue(final String value) {
        putAscii(value, venue, "venue");
        return this;
    }

    public String symbolString() {
        return ascii(symbol);
    }

    public String venueString() {
        return ascii(venue);
    }

    private static void putAscii(final String value, final byte[] target, final String what) {
        if (value.length() > target.length) {
            throw new IllegalArgumentException(what + " longer than " + target.length + " chars: " + value);
        }
        java.util.Arrays.fill(target, (byte) 0);
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            if (c > 127) {
                throw new IllegalArgumentException(what + " is not ASCII: " + value);
            }
            target[i] = (byte) c;
        }
    }

    private static String ascii(final byte[] bytes) {
        int n = 0;
        while (n < bytes.length && bytes[n] != 0) {
            n++;
        }
        return new String(bytes, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
