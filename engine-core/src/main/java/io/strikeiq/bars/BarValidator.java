package io.strikeiq.bars;

import java.util.Arrays;
import org.agrona.collections.Int2IntHashMap;

/**
 * Validates bars one at a time per instrument (futures_signals.md §2) and returns a
 * {@link BarRejectReason} code. Remembers, per instrument id, the previous accepted open time and
 * the previous good close; a rejected bar changes neither. Allocates only when an instrument is
 * seen for the first time. Checks run in a fixed order and the first failure is the reason:
 * non-finite, non-positive, integrity, monotonic/duplicate, then the enabled hygiene rules.
 */
public final class BarValidator {
    private final BarValidationConfig config;
    private final Int2IntHashMap slots = new Int2IntHashMap(-1);
    private long[] lastOpen = new long[16];
    private double[] lastClose = new double[16];
    private final long[] rejected = new long[BarRejectReason.COUNT];
    private long accepted;
    private double reference = Double.NaN;

    public BarValidator(final BarValidationConfig config) {
        this.config = config;
    }

    /**
     * Validates one bar of {@code instrumentId} and, when accepted, records it as the instrument's
     * latest good bar.
     *
     * @return {@link BarRejectReason#ACCEPTED} or the reason code
     */
    public int validate(final int instrumentId, final long openTime, final double open, final double high,
                        final double low, final double close) {
        final int s = slot(instrumentId);
        final double prevClose = lastClose[s];
        reference = prevClose;
        final int reason = check(s, openTime, open, high, low, close, prevClose);
        if (reason == BarRejectReason.ACCEPTED) {
            lastOpen[s] = openTime;
            lastClose[s] = close;
            accepted++;
        } else {
            rejected[reason]++;
        }
        return reason;
    }

    private int check(final int s, final long openTime, final double o, final double h, final double l, final double c,
                      final double prevClose) {
        if (!Double.isFinite(o) || !Double.isFinite(h) || !Double.isFinite(l) || !Double.isFinite(c)) {
            return BarRejectReason.NON_FINITE;
        }
        if (o <= 0 || h <= 0 || l <= 0 || c <= 0) {
            return BarRejectReason.NON_POSITIVE;
        }
        if (h < Math.max(o, c) || l > Math.min(o, c) || h < l) {
            return BarRejectReason.OHLC_INTEGRITY;
        }
        if (openTime < lastOpen[s]) {
            return BarRejectReason.NON_MONOTONIC;
        }
        if (openTime == lastOpen[s]) {
            return BarRejectReason.DUPLICATE;
        }
        final BarValidationConfig cfg = config;
        if (cfg.priceFloorEnabled() && l < cfg.priceFloor()) {
            return BarRejectReason.PRICE_FLOOR;
        }
        if (Double.isNaN(prevClose)) {
            return BarRejectReason.ACCEPTED;
        }
        final double gap = Math.abs(c - prevClose);
        if (cfg.discontinuityEnabled() && gap > cfg.maxGap()) {
            return BarRejectReason.DISCONTINUITY;
        }
        if (cfg.smallRangeBigGapEnabled() && h - l <= cfg.smallRange() && gap >= cfg.smallRangeGap()) {
            return BarRejectReason.SMALL_RANGE_BIG_GAP;
        }
        if (cfg.flatDiscontinuityEnabled() && o == h && h == l && l == c && gap > cfg.flatGap()) {
            return BarRejectReason.FLAT_DISCONTINUITY;
        }
        return BarRejectReason.ACCEPTED;
    }

    private int slot(final int instrumentId) {
        int s = slots.get(instrumentId);
        if (s < 0) {
            s = slots.size();
            if (s == lastOpen.length) {
                lastOpen = Arrays.copyOf(lastOpen, s * 2);
                lastClose = Arrays.copyOf(lastClose, s * 2);
            }
            lastOpen[s] = Long.MIN_VALUE;
            lastClose[s] = Double.NaN;
            slots.put(instrumentId, s);
        }
        return s;
    }

    /** The previous good close of the instrument of the bar last validated (NaN if none): the hygiene rules' reference. */
    public double reference() {
        return reference;
    }

    public long accepted() {
        return accepted;
    }

    /** Bars rejected for {@code reason} so far. */
    public long rejected(final int reason) {
        return rejected[reason];
    }

    public long rejectedTotal() {
        long n = 0;
        for (final long r : rejected) {
            n += r;
        }
        return n;
    }

    public BarValidationConfig config() {
        return config;
    }
}
