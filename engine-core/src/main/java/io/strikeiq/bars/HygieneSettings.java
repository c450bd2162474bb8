package io.strikeiq.bars;

import static io.strikeiq.settings.Setting.decimal;
import static io.strikeiq.settings.Setting.flag;

import io.strikeiq.settings.Setting;
import io.strikeiq.settings.SettingValues;
import java.util.List;

/**
 * The optional bar hygiene rules' settings ({@link BarValidationConfig}): declared once here. Off by
 * default, with the old system's thresholds (1000, 500, 10/150, 50) ready to switch on.
 */
public final class HygieneSettings {
    private static final String MAX_PRICE = "1000000000";

    public static final Setting PRICE_FLOOR_ENABLED = flag("futures.hygiene.price-floor.enabled", "false",
        "Reject a bar with any price below futures.hygiene.price-floor.");
    public static final Setting PRICE_FLOOR = decimal("futures.hygiene.price-floor", "1000.0", "0", MAX_PRICE,
        "Price floor of the price-floor rule.");
    public static final Setting DISCONTINUITY_ENABLED = flag("futures.hygiene.discontinuity.enabled", "false",
        "Reject |close - previous good close| above futures.hygiene.discontinuity.max-gap.");
    public static final Setting MAX_GAP = Setting.decimalAbove("futures.hygiene.discontinuity.max-gap", "500.0", "0", MAX_PRICE,
        "Largest close-to-close gap the discontinuity rule lets through.");
    public static final Setting SMALL_RANGE_ENABLED = flag("futures.hygiene.small-range.enabled", "false",
        "Reject a bar of small range with a big gap.");
    public static final Setting SMALL_RANGE = decimal("futures.hygiene.small-range.range", "10.0", "0", MAX_PRICE,
        "Range at or below which the small-range rule looks at the gap.");
    public static final Setting SMALL_RANGE_GAP = Setting.decimalAbove("futures.hygiene.small-range.gap", "150.0", "0", MAX_PRICE,
        "Gap at or above which the small-range rule rejects.");
    public static final Setting FLAT_ENABLED = flag("futures.hygiene.flat.enabled", "false",
        "Reject a flat bar (open = high = low = close) with a gap.");
    public static final Setting FLAT_GAP = decimal("futures.hygiene.flat.gap", "50.0", "0", MAX_PRICE,
        "Gap above which the flat rule rejects.");

    /** In file order (listed at the end of the futures group, {@code FuturesSettings}). */
    public static final List<Setting> SETTINGS = List.of(PRICE_FLOOR_ENABLED, PRICE_FLOOR, DISCONTINUITY_ENABLED,
        MAX_GAP, SMALL_RANGE_ENABLED, SMALL_RANGE, SMALL_RANGE_GAP, FLAT_ENABLED, FLAT_GAP);

    private HygieneSettings() {
    }

    /** A builder holding {@code v}'s hygiene settings. */
    public static BarValidationConfig.Builder read(final SettingValues v) {
        return new BarValidationConfig.Builder()
            .priceFloorEnabled(v.flag(PRICE_FLOOR_ENABLED)).priceFloor(v.doubleValue(PRICE_FLOOR))
            .discontinuityEnabled(v.flag(DISCONTINUITY_ENABLED)).maxGap(v.doubleValue(MAX_GAP))
            .smallRangeBigGapEnabled(v.flag(SMALL_RANGE_ENABLED)).smallRange(v.doubleValue(SMALL_RANGE))
            .smallRangeGap(v.doubleValue(SMALL_RANGE_GAP))
            .flatDiscontinuityEnabled(v.flag(FLAT_ENABLED)).flatGap(v.doubleValue(FLAT_GAP));
    }
}
