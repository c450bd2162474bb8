package io.strikeiq.analytics;

import io.strikeiq.settings.CrossCheck;
import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingGroup;
import io.strikeiq.settings.SettingValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@link PcrEngine}'s settings: declared once here, with their defaults, and read into a {@link PcrConfig}. */
public final class PcrSettings {
    public static final Setting UPPER = Setting.decimal("pcr.upper", "1.3", "0", "1000",
        "PCR(OI) above this is PCR_HIGH.");
    public static final Setting LOWER = Setting.decimalAbove("pcr.lower", "0.7", "0", "1000",
        "PCR(OI) below this is PCR_LOW.");
    public static final Setting HYSTERESIS = Setting.decimal("pcr.hysteresis", "0.05", "0", "1000",
        "How far back inside the band PCR must come before PCR_NORMAL.");
    public static final Setting DEBOUNCE = Setting.duration("pcr.debounce-seconds", "60", TimeUnit.SECONDS, 0,
        31_536_000, "Minimum event time between two signals of the same type for the same series.");
    public static final Setting MIN_TOTAL_OI = Setting.whole("pcr.min-total-oi", "10000", 0, Long.MAX_VALUE,
        "No PCR signal until this many contracts of OI (calls + puts) are open.");
    public static final Setting SCOPE = Setting.choice("pcr.scope", "total", List.of("total", "per-expiry"),
        "total: one PCR series per underlying; per-expiry: one per (underlying, expiry).");
    public static final Setting CONTRARIAN = Setting.flag("pcr.contrarian", "true",
        "true: high PCR reads BULLISH (contrarian); false flips directions.");

    /** The hysteresis must leave a normal band: 2 x hysteresis below upper - lower. */
    private static final CrossCheck NORMAL_BAND = CrossCheck.of(List.of(HYSTERESIS, LOWER, UPPER), v -> {
        final BigDecimal h = new BigDecimal(v.text(HYSTERESIS));
        final BigDecimal band = new BigDecimal(v.text(UPPER)).subtract(new BigDecimal(v.text(LOWER)));
        return h.add(h).compareTo(band) < 0 ? null : "2 x pcr.hysteresis (" + v.text(HYSTERESIS)
            + ") must be below pcr.upper - pcr.lower (" + v.text(UPPER) + " - " + v.text(LOWER) + ") to leave a normal band";
    });

    public static final SettingGroup GROUP = new SettingGroup("PCR engine",
        List.of(UPPER, LOWER, HYSTERESIS, DEBOUNCE, MIN_TOTAL_OI, SCOPE, CONTRARIAN),
        List.of(CrossCheck.below(LOWER, UPPER), NORMAL_BAND));

    private PcrSettings() {
    }

    /** A builder holding {@code v}'s PCR settings. */
    public static PcrConfig.Builder read(final SettingValues v) {
        return new PcrConfig.Builder().upperThreshold(v.doubleValue(UPPER)).lowerThreshold(v.doubleValue(LOWER))
            .hysteresis(v.doubleValue(HYSTERESIS)).debounceNanos(v.nanos(DEBOUNCE)).minTotalOi(v.longValue(MIN_TOTAL_OI))
            .scope("per-expiry".equals(v.choice(SCOPE)) ? PcrConfig.Scope.PER_EXPIRY : PcrConfig.Scope.TOTAL)
            .contrarian(v.flag(CONTRARIAN));
    }
}
