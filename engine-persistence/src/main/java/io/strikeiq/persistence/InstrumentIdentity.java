package io.strikeiq.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The stored identity of an instrument, the same in every journal and every database: its venue
 * and its natural key, the vendor's instrument id when the journal names one ({@code vendor:5482})
 * and otherwise its symbol ({@code symbol:NQ.v.0}, {@code symbol:NIFTY}). The journal's own
 * instrument ids are dense per run (1, 2, 3 ...), so they are never stored: the stored
 * {@code instrument_id} is a function of (venue, key) — the first 63 bits of
 * SHA-256("venue|key") — so two journals drained into one database agree on every instrument
 * without asking the database, and a row of one can never be taken for a row of the other.
 * A DBN contract is journaled as {@code ROOT.v.0@<vendor id>} (or as its venue id when the file
 * does not map it): that vendor id is the key. V7__stable_instrument_ids.sql computes the same
 * function in SQL to rewrite rows stored before it.
 */
final class InstrumentIdentity {
    static final String VENDOR = "vendor:";
    static final String SYMBOL = "symbol:";

    private InstrumentIdentity() {
    }

    /** The natural key of an instrument journaled under {@code symbol}. */
    static String naturalKey(final String symbol) {
        final int at = symbol.lastIndexOf('@');
        final String tail = at >= 0 ? symbol.substring(at + 1) : symbol;
        return isVendorId(tail) ? VENDOR + tail : SYMBOL + symbol;
    }

    /** The vendor instrument id in {@code key}, or -1 when it is a symbol key. */
    static long vendorId(final String key) {
        return key.startsWith(VENDOR) ? Long.parseLong(key.substring(VENDOR.length())) : -1;
    }

    /** The stored id of (venue, key): positive, never 0 (the journal's "none"). */
    static long stableId(final String venue, final String key) {
        final byte[] d;
        try {
            d = MessageDigest.getInstance("SHA-256").digest((venue + "|" + key).getBytes(StandardCharsets.UTF_8));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xFF);
        }
        final long id = v & Long.MAX_VALUE;
        return id == 0 ? 1 : id;
    }

    /** 1 to 18 decimal digits without a sign or leading zero: a vendor id (DBN ids are u32, v3 raw ids u64). */
    private static boolean isVendorId(final String s) {
        if (s.isEmpty() || s.length() > 18 || s.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
