package io.strikeiq.signal;

import io.strikeiq.signal.family.GammaFlipCrossFamily;
import io.strikeiq.signal.family.GammaRegimeFamily;
import io.strikeiq.signal.family.IvRegimeFamily;
import io.strikeiq.signal.family.MaxPainFamily;
import io.strikeiq.signal.family.OiWallBuildUpFamily;
import io.strikeiq.signal.family.PcrThresholdFamily;
import io.strikeiq.signal.family.PcrZScoreFamily;
import io.strikeiq.signal.family.TriangleFamily;

/**
 * The encoder table: every {@link SignalFamily} of the journal schema, looked up by signal type
 * (writing) or by template id (reading). Adding a family is its SBE message, its
 * {@link SignalFamily} class and one line in {@link #SignalFamilies()}. Each table has its own
 * flyweights: create one per writer or reader thread, never share one between threads.
 */
public final class SignalFamilies {
    /** Largest signal type id (and template id) a table can index. */
    private static final int MAX_ID = 127;

    private final SignalFamily[] all;
    private final SignalFamily[] byType = new SignalFamily[MAX_ID + 1];
    private final SignalFamily[] byTemplate = new SignalFamily[MAX_ID + 1];

    public SignalFamilies() {
        all = new SignalFamily[] {
            new PcrThresholdFamily(),
            new PcrZScoreFamily(),
            new MaxPainFamily(),
            new GammaRegimeFamily(),
            new GammaFlipCrossFamily(),
            new IvRegimeFamily(),
            new OiWallBuildUpFamily(),
            new TriangleFamily(),
        };
        for (final SignalFamily f : all) {
            if (byTemplate[f.templateId()] != null) {
                throw new IllegalStateException("two signal families for template " + f.templateId());
            }
            byTemplate[f.templateId()] = f;
            for (final int type : f.signalTypes()) {
                if (byType[type] != null) {
                    throw new IllegalStateException("signal type " + SignalType.name(type) + " is in two families, "
                        + byType[type].name() + " and " + f.name());
                }
                byType[type] = f;
            }
        }
    }

    /**
     * The family that carries signal type {@code signalType}.
     *
     * @throws IllegalArgumentException when no family carries it (an engine emitting an unmapped type)
     */
    public SignalFamily forType(final int signalType) {
        final SignalFamily f = signalType >= 0 && signalType <= MAX_ID ? byType[signalType] : null;
        if (f == null) {
            throw new IllegalArgumentException("no signal family carries signal type " + SignalType.name(signalType)
                + "; add it to a family in io.strikeiq.signal.SignalFamilies");
        }
        return f;
    }

    /** The family whose message has template id {@code templateId}, or null when it is not a signal template. */
    public SignalFamily forTemplate(final int templateId) {
        return templateId >= 0 && templateId <= MAX_ID ? byTemplate[templateId] : null;
    }

    /** Every family, in template id order (a copy). */
    public SignalFamily[] all() {
        return all.clone();
    }
}
