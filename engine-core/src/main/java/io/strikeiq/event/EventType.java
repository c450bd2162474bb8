package io.strikeiq.event;

/**
 * The kinds of input event a {@link MarketEvent} slot can hold. Values are stable: they are
 * the SBE template ids of the matching input-journal messages.
 */
public final class EventType {
    public static final byte NONE = 0;
    public static final byte OPTION_TICK = 1;
    public static final byte UNDERLYING_TICK = 2;
    public static final byte BAR = 3;
    public static final byte INSTRUMENT_DEFINITION = 4;
    public static final byte SESSION = 5;
    /** A file feed finished one vendor file ({@link IngestFileInfo}). */
    public static final byte INGEST_FILE = 6;

    private EventType() {
    }

    /** Readable name of a type code, for error messages and the tail command. */
    public static String name(final int type) {
        switch (type) {
            case OPTION_TICK: return "OptionTick";
            case UNDERLYING_TICK: return "UnderlyingTick";
            case BAR: return "Bar";
            case INSTRUMENT_DEFINITION: return "InstrumentDefinition";
            case SESSION: return "SessionEvent";
            case INGEST_FILE: return "IngestFile";
            default: return "Unknown(" + type + ")";
        }
    }
}
