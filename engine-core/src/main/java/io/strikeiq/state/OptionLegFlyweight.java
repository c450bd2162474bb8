package io.strikeiq.state;

import org.agrona.MutableDirectBuffer;

/**
 * Reads and writes one option leg (a call or a put at one strike) in place inside a chain's
 * off-heap buffer. Positioned with {@link #wrap}; holds no data of its own, so one instance
 * serves every leg. Missing prices and greeks are NaN; OI, volume and quantities are counts;
 * times are event-time ns since the epoch. Native byte order: the buffer never leaves the process.
 */
public final class OptionLegFlyweight {
    public static final int LTP = 0;
    public static final int BID = 8;
    public static final int ASK = 16;
    public static final int BID_QTY = 24;
    public static final int ASK_QTY = 32;
    public static final int LAST_TRADE_TIME = 40;
    public static final int VOLUME = 48;
    public static final int OI = 56;
    public static final int DAY_OPEN_OI = 64;
    public static final int IV = 72;
    public static final int DELTA = 80;
    public static final int GAMMA = 88;
    public static final int THETA = 96;
    public static final int VEGA = 104;
    public static final int IV_FLAGS = 112;
    public static final int LEG_FLAGS = 116;
    public static final int LAST_UPDATE_TIME = 120;
    public static final int INSTRUMENT_ID = 128;
    public static final int DAY_OPEN_PRICE = 136;
    public static final int WINDOW_OI = 144;
    public static final int WINDOW_PRICE = 152;
    public static final int NEXT_WINDOW_OI = 160;
    public static final int NEXT_WINDOW_PRICE = 168;
    public static final int VENDOR_IV = 176;
    public static final int BUILD_UP = 184;
    public static final int WINDOW_BUILD_UP = 185;
    public static final int GREEKS_FORWARD = 192;
    /** Bytes per leg (8-byte aligned). */
    public static final int LENGTH = 200;

    /** Leg flag: an instrument is listed for this strike and right. */
    public static final int LISTED = 1;
    /** Leg flag: at least one tick has been applied. */
    public static final int TICKED = 2;
    /** Leg flag: the leg has reported open interest at least once. */
    public static final int OI_SEEN = 4;

    /**
     * IV flag: {@link #iv()} came from the vendor, not from our solver. Above the bits of
     * {@code io.strikeiq.math.IvFlags}, which the greeks engine writes into the same field.
     */
    public static final int IV_VENDOR = 1 << 16;

    /** {@link #dayOpenOi()} before the day's open interest is known. */
    public static final long UNKNOWN_OI = -1;

    private MutableDirectBuffer buffer;
    private int offset;

    public OptionLegFlyweight wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** Writes an unlisted, never-ticked leg: prices and greeks NaN, counts zero, day-open OI unknown. */
    public void reset() {
        buffer.setMemory(offset, LENGTH, (byte) 0);
        ltp(Double.NaN).bid(Double.NaN).ask(Double.NaN);
        iv(Double.NaN).delta(Double.NaN).gamma(Double.NaN).theta(Double.NaN).vega(Double.NaN);
        dayOpenOi(UNKNOWN_OI);
        dayOpenPrice(Double.NaN).windowOi(UNKNOWN_OI).windowPrice(Double.NaN);
        nextWindowOi(UNKNOWN_OI).nextWindowPrice(Double.NaN).vendorIv(Double.NaN).greeksForward(Double.NaN);
    }

    public double ltp() {
        return buffer.getDouble(offset + LTP);
    }

    public OptionLegFlyweight ltp(final double v) {
        buffer.putDouble(offset + LTP, v);
        return this;
    }

    public double bid() {
        return buffer.getDouble(offset + BID);
    }

    public OptionLegFlyweight bid(final double v) {
        buffer.putDouble(offset + BID, v);
        return this;
    }

    public double ask() {
        return buffer.getDouble(offset + ASK);
    }

    public OptionLegFlyweight ask(final double v) {
        buffer.putDouble(offset + ASK, v);
        return this;
    }

    public long bidQty() {
        return buffer.getLong(offset + BID_QTY);
    }

    public OptionLegFlyweight bidQty(final long v) {
        buffer.putLong(offset + BID_QTY, v);
        return this;
    }

    public long askQty() {
        return buffer.getLong(offset + ASK_QTY);
    }

    public OptionLegFlyweight askQty(final long v) {
        buffer.putLong(offset + ASK_QTY, v);
        return this;
    }

    public long lastTradeTimeNanos() {
        return buffer.getLong(offset + LAST_TRADE_TIME);
    }

    public OptionLegFlyweight lastTradeTimeNanos(final long v) {
        buffer.putLong(offset + LAST_TRADE_TIME, v);
        return this;
    }

    /** Cumulative traded volume of the day, in contracts. */
    public long volume() {
        return buffer.getLong(offset + VOLUME);
    }

    public OptionLegFlyweight volume(final long v) {
        buffer.putLong(offset + VOLUME, v);
        return this;
    }

    /** Open interest, in contracts. */
    public long oi() {
        return buffer.getLong(offset + OI);
    }

    public OptionLegFlyweight oi(final long v) {
        buffer.putLong(offset + OI, v);
        return this;
    }

    /** Open interest at the session open, or {@link #UNKNOWN_OI}. */
    public long dayOpenOi() {
        return buffer.getLong(offset + DAY_OPEN_OI);
    }

    public OptionLegFlyweight dayOpenOi(final long v) {
        buffer.putLong(offset + DAY_OPEN_OI, v);
        return this;
    }

    public double iv() {
        return buffer.getDouble(offset + IV);
    }

    public OptionLegFlyweight iv(final double v) {
        buffer.putDouble(offset + IV, v);
        return this;
    }

    public double delta() {
        return buffer.getDouble(offset + DELTA);
    }

    public OptionLegFlyweight delta(final double v) {
        buffer.putDouble(offset + DELTA, v);
        return this;
    }

    public double gamma() {
        return buffer.getDouble(offset + GAMMA);
    }

    public OptionLegFlyweight gamma(final double v) {
        buffer.putDouble(offset + GAMMA, v);
        return this;
    }

    public double theta() {
        return buffer.getDouble(offset + THETA);
    }

    public OptionLegFlyweight theta(final double v) {
        buffer.putDouble(offset + THETA, v);
        return this;
    }

    public double vega() {
        return buffer.getDouble(offset + VEGA);
    }

    public OptionLegFlyweight vega(final double v) {
        buffer.putDouble(offset + VEGA, v);
        return this;
    }

    public int ivFlags() {
        return buffer.getInt(offset + IV_FLAGS);
    }

    public OptionLegFlyweight ivFlags(final int v) {
        buffer.putInt(offset + IV_FLAGS, v);
        return this;
    }

    public int legFlags() {
        return buffer.getInt(offset + LEG_FLAGS);
    }

    public OptionLegFlyweight legFlags(final int v) {
        buffer.putInt(offset + LEG_FLAGS, v);
        return this;
    }

    public boolean isListed() {
        return (legFlags() & LISTED) != 0;
    }

    public long lastUpdateNanos() {
        return buffer.getLong(offset + LAST_UPDATE_TIME);
    }

    public OptionLegFlyweight lastUpdateNanos(final long v) {
        buffer.putLong(offset + LAST_UPDATE_TIME, v);
        return this;
    }

    /** Instrument id of the listed contract, 0 when not listed. */
    public int instrumentId() {
        return buffer.getInt(offset + INSTRUMENT_ID);
    }

    public OptionLegFlyweight instrumentId(final int v) {
        buffer.putInt(offset + INSTRUMENT_ID, v);
        return this;
    }
    /** Reference price of the day's build-up: the last price at the session open (previous close), else the first of the day. */
    public double dayOpenPrice() {
        return buffer.getDouble(offset + DAY_OPEN_PRICE);
    }

    public OptionLegFlyweight dayOpenPrice(final double v) {
        buffer.putDouble(offset + DAY_OPEN_PRICE, v);
        return this;
    }

    /** OI at the start of the rolling build-up window, or {@link #UNKNOWN_OI}. */
    public long windowOi() {
        return buffer.getLong(offset + WINDOW_OI);
    }

    public OptionLegFlyweight windowOi(final long v) {
        buffer.putLong(offset + WINDOW_OI, v);
        return this;
    }

    /** Price at the start of the rolling build-up window (NaN when unknown). */
    public double windowPrice() {
        return buffer.getDouble(offset + WINDOW_PRICE);
    }

    public OptionLegFlyweight windowPrice(final double v) {
        buffer.putDouble(offset + WINDOW_PRICE, v);
        return this;
    }

    /** OI at the latest window boundary: becomes {@link #windowOi()} at the next one. */
    public long nextWindowOi() {
        return buffer.getLong(offset + NEXT_WINDOW_OI);
    }

    public OptionLegFlyweight nextWindowOi(final long v) {
        buffer.putLong(offset + NEXT_WINDOW_OI, v);
        return this;
    }

    public double nextWindowPrice() {
        return buffer.getDouble(offset + NEXT_WINDOW_PRICE);
    }

    public OptionLegFlyweight nextWindowPrice(final double v) {
        buffer.putDouble(offset + NEXT_WINDOW_PRICE, v);
        return this;
    }

    /** The feed's own implied volatility, NaN when it sends none. */
    public double vendorIv() {
        return buffer.getDouble(offset + VENDOR_IV);
    }

    public OptionLegFlyweight vendorIv(final double v) {
        buffer.putDouble(offset + VENDOR_IV, v);
        return this;
    }

    /** Day OI build-up class ({@code io.strikeiq.analytics.BuildUp}). */
    public byte buildUp() {
        return buffer.getByte(offset + BUILD_UP);
    }

    public OptionLegFlyweight buildUp(final byte v) {
        buffer.putByte(offset + BUILD_UP, v);
        return this;
    }

    /** Rolling-window OI build-up class ({@code io.strikeiq.analytics.BuildUp}). */
    public byte windowBuildUp() {
        return buffer.getByte(offset + WINDOW_BUILD_UP);
    }

    public OptionLegFlyweight windowBuildUp(final byte v) {
        buffer.putByte(offset + WINDOW_BUILD_UP, v);
        return this;
    }

    /** Forward the leg's IV and greeks were last computed at (NaN before the first solve). */
    public double greeksForward() {
        return buffer.getDouble(offset + GREEKS_FORWARD);
    }

    public OptionLegFlyweight greeksForward(final double v) {
        buffer.putDouble(offset + GREEKS_FORWARD, v);
        return this;
    }
}
