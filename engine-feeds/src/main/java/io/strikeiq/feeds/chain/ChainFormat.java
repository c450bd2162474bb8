package io.strikeiq.feeds.chain;

/**
 * The option-chain file formats {@link ChainFileSource} reads, told apart by content (never by the
 * file's extension): NSE's {@code /api/option-chain-indices} JSON (an object with {@code records}),
 * Upstox's REST {@code /v2/option/chain} JSON (an object with a {@code data} array whose rows carry
 * {@code call_options} / {@code put_options}), Groww's poll array (a JSON array of
 * {@code {date, Inst, strike, lastprice, oi}}) and the 2019 NSE page CSV (its exact header line).
 */
public enum ChainFormat {
    NSE_API_JSON(NseOptionChainJsonLoader.FORMAT),
    NSE_LEGACY_CSV(NseLegacyCsvLoader.FORMAT),
    GROWW_JSON(GrowwChainLoader.FORMAT),
    UPSTOX_REST_JSON(UpstoxOptionChainLoader.FORMAT);

    /** The name used in ingest records and messages (fits the record's 16-character dataset field). */
    public final String formatName;

    ChainFormat(final String formatName) {
        this.formatName = formatName;
    }

    /** Whether files of this format record each chain's expiry date. */
    public boolean recordsExpiry() {
        return this == NSE_API_JSON || this == UPSTOX_REST_JSON;
    }

    /**
     * The format of {@code text}, the content of {@code fileName}. JSON is parsed to decide (a
     * malformed or truncated JSON file fails here, with the parser's file, path, line and column).
     *
     * @throws ChainFormatException when the content is none of the formats
     */
    public static ChainFormat detect(final String text, final String fileName) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            throw new ChainFormatException(fileName, "(content)", "empty file: not an option-chain file");
        }
        final char first = text.charAt(i);
        if (first == '{' || first == '[') {
            return json(JsonNode.parse(text, fileName), first == '[', fileName);
        }
        final int eol = text.indexOf('\n');
        final String header = (eol < 0 ? text : text.substring(0, eol)).replace("\r", "");
        if (header.equals(NseLegacyCsvLoader.HEADER)) {
            return NSE_LEGACY_CSV;
        }
        throw new ChainFormatException(fileName, "line 1", "not an option-chain file: neither JSON nor the NSE CSV header \""
            + NseLegacyCsvLoader.HEADER.substring(0, 30) + "...\" (found \"" + cut(header) + "\")");
    }

    private static ChainFormat json(final JsonNode root, final boolean array, final String fileName) {
        if (array) {
            final java.util.List<JsonNode> rows = root.elements();
            if (!rows.isEmpty() && isObjectWith(rows.get(0), "Inst") && isObjectWith(rows.get(0), "lastprice")) {
                return GROWW_JSON;
            }
            throw root.fail("a JSON array that is not a Groww poll array (records {date, Inst, strike, lastprice, oi})");
        }
        if (root.has("records")) {
            return NSE_API_JSON;
        }
        if (root.has("data")) {
            final JsonNode data = root.field("data");
            final java.util.List<JsonNode> rows = data.elements();
            if (rows.isEmpty() || isObjectWith(rows.get(0), "call_options") || isObjectWith(rows.get(0), "put_options")) {
                return UPSTOX_REST_JSON;
            }
        }
        if (root.has("instruments")) {
            throw root.fail("an Upstox instrument master, not an option chain: give it with --instruments FILE");
        }
        throw root.fail("a JSON object with neither records (NSE option-chain API) nor data[] with call_options/put_options"
            + " (Upstox option chain)");
    }

    private static boolean isObjectWith(final JsonNode node, final String key) {
        try {
            return node.has(key);
        } catch (final ChainFormatException notAnObject) {
            return false;
        }
    }

    private static String cut(final String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
