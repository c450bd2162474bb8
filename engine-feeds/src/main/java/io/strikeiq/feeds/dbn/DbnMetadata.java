package io.strikeiq.feeds.dbn;

import java.util.List;

/**
 * The decoded DBN metadata header (or the legacy DBZ header, reported as version 1). Built once per
 * file, off the hot path. {@code end} and {@code limit} keep the raw u64 values: {@code -1} is
 * u64::MAX ("none") for {@code end}, 0 means "no limit". {@code metadataLength} is the header's
 * {@code length} field (198/345/352 for the fixtures), or the skippable-frame size for DBZ, or 0 for
 * a header-less fragment.
 */
public record DbnMetadata(
        int version,
        String dataset,
        int schemaId,
        long start,
        long end,
        long limit,
        int stypeIn,
        int stypeOut,
        boolean tsOut,
        int symbolCstrLen,
        List<String> symbols,
        List<String> partial,
        List<String> notFound,
        List<SymbolMapping> mappings,
        int metadataLength,
        boolean legacyDbz) {

    /** Highest DBN version this decoder reads. */
    public static final int MAX_VERSION = 3;
    /** u64::MAX, "no end" / undefined timestamp. */
    public static final long UNDEF_TIMESTAMP = -1L;
    /** The symbol C-string length of DBN version 1. */
    public static final int SYMBOL_CSTR_LEN_V1 = 22;
    /** The symbol C-string length of DBN versions 2 and 3. */
    public static final int SYMBOL_CSTR_LEN_V2 = 71;

    public DbnMetadata {
        symbols = List.copyOf(symbols);
        partial = List.copyOf(partial);
        notFound = List.copyOf(notFound);
        mappings = List.copyOf(mappings);
    }

    /** @return metadata for a header-less fragment of the given version: no dataset, no symbols */
    public static DbnMetadata fragment(final int version) {
        return new DbnMetadata(version, "", Schema.NONE.id, 0, UNDEF_TIMESTAMP, 0, SType.NONE.id, SType.NONE.id,
                false, version == 1 ? SYMBOL_CSTR_LEN_V1 : SYMBOL_CSTR_LEN_V2, List.of(), List.of(), List.of(),
                List.of(), 0, false);
    }

    /** @return the schema, {@link Schema#NONE} when mixed, or null if the id is unknown */
    public Schema schema() {
        return Schema.ofId(schemaId);
    }

    /** @return the input symbology type, or null if unknown */
    public SType stypeInType() {
        return SType.ofId(stypeIn);
    }

    /** @return the output symbology type, or null if unknown */
    public SType stypeOutType() {
        return SType.ofId(stypeOut);
    }

    /** @return the byte offset at which records start in a plain DBN file ({@code 8 + metadataLength}) */
    public int recordsOffset() {
        return legacyDbz || metadataLength == 0 ? 0 : 8 + metadataLength;
    }

    /** @return the same metadata re-labelled as another version (symbol length follows the version) */
    public DbnMetadata withVersion(final int newVersion) {
        return new DbnMetadata(newVersion, dataset, schemaId, start, end, limit, stypeIn, stypeOut, tsOut,
                newVersion == 1 ? SYMBOL_CSTR_LEN_V1 : SYMBOL_CSTR_LEN_V2, symbols, partial, notFound, mappings,
                metadataLength, false);
    }
}
