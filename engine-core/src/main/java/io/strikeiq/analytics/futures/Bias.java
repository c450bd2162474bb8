package io.strikeiq.analytics.futures;

/** Bias values, equal to the journal's {@code Direction} codes. */
public final class Bias {
    public static final byte BEARISH = -1;
    public static final byte NEUTRAL = 0;
    public static final byte BULLISH = 1;

    private Bias() {
    }

    public static String name(final int bias) {
        return bias > 0 ? "BULLISH" : bias < 0 ? "BEARISH" : "NEUTRAL";
    }
}
