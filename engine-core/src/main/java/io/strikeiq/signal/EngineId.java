package io.strikeiq.signal;

/**
 * Stable numeric ids of the engines, as written into the output journal's {@code engine}
 * field. Never renumber: journals recorded by earlier versions must keep their meaning.
 */
public final class EngineId {
    public static final int PCR = 1;
    public static final int MAX_PAIN = 2;

    /** Futures signal chain: bars, bias, triangles (io.strikeiq.analytics.futures). */
    public static final int FUTURES = 100;

    private EngineId() {
    }

    public static String name(final int id) {
        switch (id) {
            case PCR: return "pcr";
            case MAX_PAIN: return "max_pain";
            case FUTURES: return "futures";
            default: return "engine_" + id;
        }
    }
}
