package io.strikeiq.feeds.synthetic;

import io.strikeiq.settings.CrossCheck;
import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingGroup;
import io.strikeiq.settings.SettingValues;
import java.math.BigDecimal;
import java.util.List;

/** The synthetic market's configurable settings ({@link SyntheticConfig}): declared once here. */
public final class SyntheticSettings {
    public static final Setting SEED = Setting.whole("synthetic.seed", "42", Long.MIN_VALUE, Long.MAX_VALUE,
        "Seed of every random draw: the same seed and settings give the identical event sequence.");
    public static final Setting SESSION_DATE = Setting.date("synthetic.session-date", "2026-11-24",
        "Trading day simulated; the session starts 09:15 Asia/Kolkata.");
    public static final Setting SPOT = Setting.decimal("synthetic.spot", "24000", "0.05", "1000000000",
        "Starting NIFTY spot.");
    public static final Setting STRIKE_STEP = Setting.decimal("synthetic.strike-step", "50", "0.05", "1000000",
        "Strike spacing.");
    public static final Setting STRIKES_EACH_SIDE = Setting.integer("synthetic.strikes-each-side", "40", 1, 1_000,
        "Strikes listed each side of the opening ATM strike.");
    public static final Setting LOT_SIZE = Setting.integer("synthetic.lot-size", "65", 1, 1_000_000,
        "Contract lot size (units per lot).");
    public static final Setting EXPIRIES = Setting.integer("synthetic.expiries", "2", 1, 52,
        "Weekly expiries listed (the nearest Tuesday 15:30 IST on or after the session date, then weekly).");

    /** The lowest strike listed must be positive. */
    private static final CrossCheck POSITIVE_STRIKES = CrossCheck.of(List.of(SPOT, STRIKES_EACH_SIDE, STRIKE_STEP),
        v -> new BigDecimal(v.text(SPOT)).compareTo(new BigDecimal(v.text(STRIKES_EACH_SIDE))
            .multiply(new BigDecimal(v.text(STRIKE_STEP)))) > 0 ? null
            : "synthetic.spot (" + v.text(SPOT) + ") must be above synthetic.strikes-each-side x synthetic.strike-step ("
                + v.text(STRIKES_EACH_SIDE) + " x " + v.text(STRIKE_STEP) + ") so that every strike is positive");

    public static final SettingGroup GROUP = new SettingGroup("synthetic market",
        List.of(SEED, SESSION_DATE, SPOT, STRIKE_STEP, STRIKES_EACH_SIDE, LOT_SIZE, EXPIRIES), List.of(POSITIVE_STRIKES));

    private SyntheticSettings() {
    }

    /** A builder holding {@code v}'s synthetic settings and the fixed NIFTY-like shape. */
    public static SyntheticConfig.Builder read(final SettingValues v) {
        return new SyntheticConfig.Builder().seed(v.longValue(SEED)).sessionDate(v.date(SESSION_DATE))
            .initialSpot(v.doubleValue(SPOT)).strikeStep(v.doubleValue(STRIKE_STEP))
            .strikesEachSide(v.intValue(STRIKES_EACH_SIDE)).lotSize(v.intValue(LOT_SIZE)).expiries(v.intValue(EXPIRIES));
    }
}
