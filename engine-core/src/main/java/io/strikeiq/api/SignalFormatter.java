package io.strikeiq.api;

import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.SignalType;
import io.strikeiq.signal.SignalView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.IntFunction;

/**
 * Renders one signal as a readable line, e.g.
 * {@code #12 2026-11-24T09:15:03.120Z seq=1234 pcr PCR_HIGH NIFTY exp=2026-11-24 BULLISH
 * strength=0.42 conf=0.60 pcr=1.3120 threshold=1.3000 putOi=13120 callOi=10000}. Times are UTC;
 * the expiry is its UTC date ({@code exp=all} when 0); then the signal family's named values
 * ({@link io.strikeiq.signal.SignalFamily#appendValues}), NaN values left out. Underlyings are named by the given function
 * ({@code u<ID>} when it returns null). Formatting allocates and belongs off the hot path (the
 * tail command, logs, examples).
 */
public final class SignalFormatter {
    private final IntFunction<String> underlyingNames;

    public SignalFormatter(final IntFunction<String> underlyingNames) {
        this.underlyingNames = underlyingNames;
    }

    /** Clears {@code out} and writes the line for {@code signal} (no trailing newline). */
    public StringBuilder format(final long recordIndex, final SignalView signal, final StringBuilder out) {
        out.setLength(0);
        out.append('#').append(recordIndex).append(' ');
        final long time = signal.eventTime();
        out.append(Instant.ofEpochSecond(Math.floorDiv(time, 1_000_000_000L), Math.floorMod(time, 1_000_000_000L)));
        out.append(" seq=").append(signal.inputSequence());
        out.append(' ').append(EngineId.name(signal.engine()));
        out.append(' ').append(SignalType.name(signal.signalType()));
        final String underlying = underlyingNames.apply(signal.underlyingId());
        out.append(' ');
        if (underlying != null) {
            out.append(underlying);
        } else {
            out.append('u').append(signal.underlyingId());
        }
        out.append(" exp=");
        final long expiry = signal.expiry();
        if (expiry == 0) {
            out.append("all");
        } else {
            out.append(LocalDate.ofInstant(Instant.ofEpochSecond(Math.floorDiv(expiry, 1_000_000_000L)), ZoneOffset.UTC));
        }
        out.append(' ').append(direction(signal.directionRaw()));
        fixed(out.append(" strength="), signal.strength(), 2);
        fixed(out.append(" conf="), signal.confidence(), 2);
        signal.appendValues(out);
        return out;
    }

    private static String direction(final byte raw) {
        switch (raw) {
            case -1: return "BEARISH";
            case 0: return "NEUTRAL";
            case 1: return "BULLISH";
            default: return "DIRECTION_" + raw;
        }
    }

    private static void fixed(final StringBuilder out, final double v, final int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            out.append(v);
        } else {
            out.append(BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
        }
    }
}
