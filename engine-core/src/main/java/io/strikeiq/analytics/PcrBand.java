package io.strikeiq.analytics;

import io.strikeiq.signal.SignalType;

import java.util.Arrays;

/**
 * The PCR zone state machine for many series (chains or underlyings): UNKNOWN, NORMAL, HIGH,
 * LOW. The zone held is the last one signalled. PCR above the upper threshold targets HIGH, below
 * the lower threshold LOW; from HIGH it takes PCR below {@code upper − hysteresis} (from LOW above
 * {@code lower + hysteresis}) to target NORMAL. A first reading inside the band settles UNKNOWN to
 * NORMAL silently. A transition whose signal type is still within its debounce window is not
 * taken: the zone stays, and the crossing fires at the first evaluation after the window if it
 * still holds.
 */
final class PcrBand {
    static final byte UNKNOWN = 0;
    static final byte NORMAL = 1;
    static final byte HIGH = 2;
    static final byte LOW = 3;

    private final double upper;
    private final double lower;
    private final double hysteresis;
    private final EventTimeDebounce debounce;
    private byte[] zones = new byte[0];

    PcrBand(final PcrConfig config) {
        upper = config.upperThreshold();
        lower = config.lowerThreshold();
        hysteresis = config.hysteresis();
        debounce = new EventTimeDebounce(config.debounceNanos(), 3);
    }

    void ensureSeries(final int n) {
        if (n > zones.length) {
            zones = Arrays.copyOf(zones, Math.max(n, zones.length * 2));
            debounce.ensureKeys(zones.length);
        }
    }

    /**
     * @return the {@link SignalType} to emit (PCR_HIGH / PCR_LOW / PCR_NORMAL), or 0 for none
     */
    int evaluate(final int series, final double pcr, final long eventTimeNanos) {
        final byte zone = zones[series];
        final byte target = target(zone, pcr);
        if (target == zone) {
            return 0;
        }
        if (zone == UNKNOWN && target == NORMAL) {
            zones[series] = NORMAL;
            return 0;
        }
        final int type = target == HIGH ? SignalType.PCR_HIGH : target == LOW ? SignalType.PCR_LOW : SignalType.PCR_NORMAL;
        if (!debounce.allows(series, type - SignalType.PCR_HIGH, eventTimeNanos)) {
            return 0;
        }
        debounce.record(series, type - SignalType.PCR_HIGH, eventTimeNanos);
        zones[series] = target;
        return type;
    }

    private byte target(final byte zone, final double pcr) {
        if (pcr > upper) {
            return HIGH;
        }
        if (pcr < lower) {
            return LOW;
        }
        if (zone == HIGH && pcr >= upper - hysteresis) {
            return HIGH;
        }
        if (zone == LOW && pcr <= lower + hysteresis) {
            return LOW;
        }
        return NORMAL;
    }

    byte zone(final int series) {
        return series < zones.length ? zones[series] : UNKNOWN;
    }

    /** The threshold a move from {@code from} into {@code to} crossed (reported as value2). */
    double thresholdCrossed(final byte from, final int type) {
        if (type == SignalType.PCR_HIGH) {
            return upper;
        }
        if (type == SignalType.PCR_LOW) {
            return lower;
        }
        return from == HIGH ? upper - hysteresis : lower + hysteresis;
    }
}
