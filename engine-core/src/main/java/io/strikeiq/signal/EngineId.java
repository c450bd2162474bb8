package io.strikeiq.signal;

/**
 * Stable numeric ids of the engines, as written into the output journal's {@code engine}
 * field. Never renumber: journals recorded by earlier versions must keep their meaning.
 */
public final class EngineId {
    public static final int PCR = 1;
    public static final int MAX_PAIN = 2;
    /** Options chain engines (ids 3-7). */
    public static final int OPTION_GREEKS = 3;
    public static final int UNDERLYING_METRICS = 4;
    public static final int CHAIN_METRICS = 5;
    public static final int GAMMA_EXPOSURE = 6;
    public static final int SNAPSHOT = 7;

    /** Futures signal chain: bars, bias, triangles (io.strikeiq.analytics.futures). */
    public static final int FUTURES = 100;

    private EngineId() {
    }

    public static String name(final int id) {
        switch (id) {
            case PCR: return "pcr";
            case MAX_PAIN: return "max_pain";
            case OPTION_GREEKS: return "option_greeks";
            case UNDERLYING_METRICS: return "underlying_metrics";
            case CHAIN_METRICS: return "chain_metrics";
            case GAMMA_EXPOSURE: return "gamma_exposure";
            case SNAPSHOT: return "snapshot";
            case FUTURES: return "futures";
            default: return "engine_" + id;
        }
    }
}
