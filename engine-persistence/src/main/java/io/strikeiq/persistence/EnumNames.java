package io.strikeiq.persistence;

import java.nio.charset.StandardCharsets;

/**
 * Names stored for the journal's small enums, as text columns (readable in SQL, stable if the
 * wire codes ever change), each encoded once to UTF-8 for COPY.
 */
final class EnumNames {
    private static final String[] KINDS = {"INDEX", "FUTURE", "OPTION", "EQUITY"};
    private static final String[] RIGHTS = {"NONE", "CALL", "PUT"};
    private static final String[] BUILD_UPS = {"NEUTRAL", "LONG_BUILDUP", "SHORT_BUILDUP", "SHORT_COVERING",
        "LONG_UNWINDING"};
    private static final String[] SESSION_KINDS = {"SESSION_OPEN", "SESSION_CLOSE", "CLOCK"};
    private static final byte[][] RIGHT_BYTES = utf8(RIGHTS);
    private static final byte[][] BUILD_UP_BYTES = utf8(BUILD_UPS);
    private static final byte[] UNKNOWN = "UNKNOWN".getBytes(StandardCharsets.US_ASCII);

    private EnumNames() {
    }

    static byte[] right(final short code) {
        return code >= 0 && code < RIGHT_BYTES.length ? RIGHT_BYTES[code] : UNKNOWN;
    }

    static byte[] buildUp(final short code) {
        return code >= 0 && code < BUILD_UP_BYTES.length ? BUILD_UP_BYTES[code] : UNKNOWN;
    }

    static String rightName(final short code) {
        return code >= 0 && code < RIGHTS.length ? RIGHTS[code] : "UNKNOWN";
    }

    static String kindName(final short code) {
        return code >= 0 && code < KINDS.length ? KINDS[code] : "UNKNOWN";
    }

    static String sessionKindName(final short code) {
        return code >= 0 && code < SESSION_KINDS.length ? SESSION_KINDS[code] : "UNKNOWN";
    }

    static String gexConventionName(final short code) {
        return code == 0 ? "CLASSIC" : code == 1 ? "FLOW" : "UNKNOWN";
    }

    private static byte[][] utf8(final String[] names) {
        final byte[][] out = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = names[i].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
