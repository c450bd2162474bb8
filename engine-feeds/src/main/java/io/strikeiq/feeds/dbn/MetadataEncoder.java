package io.strikeiq.feeds.dbn;

import java.nio.ByteOrder;
import java.util.List;
import org.agrona.ExpandableArrayBuffer;

/**
 * Writes a DBN metadata header (prelude included) for version 1, 2 or 3, byte for byte as the
 * reference encoder does: v1 writes the deprecated record_count as u64::MAX, v3 pads the header to
 * a multiple of 8, and reserved bytes are zero.
 */
final class MetadataEncoder {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    private MetadataEncoder() {
    }

    /** @return the encoded header for {@code md} as DBN {@code md.version()} */
    static byte[] encode(final DbnMetadata md) {
        final int version = md.version();
        if (version < 1 || version > DbnMetadata.MAX_VERSION) {
            throw new IllegalArgumentException("cannot encode DBN version " + version);
        }
        final int len = version == 1 ? DbnMetadata.SYMBOL_CSTR_LEN_V1 : DbnMetadata.SYMBOL_CSTR_LEN_V2;
        final ExpandableArrayBuffer b = new ExpandableArrayBuffer(512);
        b.setMemory(0, MetadataDecoder.VARIABLE_START, (byte) 0);
        b.putByte(0, (byte) 'D');
        b.putByte(1, (byte) 'B');
        b.putByte(2, (byte) 'N');
        b.putByte(3, (byte) version);
        CString.write(b, 8, 16, md.dataset());
        b.putShort(24, (short) md.schemaId(), LE);
        b.putLong(26, md.start(), LE);
        b.putLong(34, md.end(), LE);
        b.putLong(42, md.limit(), LE);
        if (version == 1) {
            b.putLong(50, -1L, LE);
            b.putByte(58, (byte) md.stypeIn());
            b.putByte(59, (byte) md.stypeOut());
            b.putByte(60, (byte) (md.tsOut() ? 1 : 0));
        } else {
            b.putByte(50, (byte) md.stypeIn());
            b.putByte(51, (byte) md.stypeOut());
            b.putByte(52, (byte) (md.tsOut() ? 1 : 0));
            b.putShort(53, (short) len, LE);
        }
        int at = MetadataDecoder.VARIABLE_START;
        at = putSymbols(b, at, md.symbols(), len);
        at = putSymbols(b, at, md.partial(), len);
        at = putSymbols(b, at, md.notFound(), len);
        b.putInt(at, md.mappings().size(), LE);
        at += 4;
        for (final SymbolMapping m : md.mappings()) {
            CString.write(b, at, len, m.rawSymbol());
            at += len;
            b.putInt(at, m.intervals().size(), LE);
            at += 4;
            for (final MappingInterval i : m.intervals()) {
                b.putInt(at, i.startDate(), LE);
                b.putInt(at + 4, i.endDate(), LE);
                CString.write(b, at + 8, len, i.symbol());
                at += 8 + len;
            }
        }
        if (version >= 3) {
            final int padded = (at + 7) & ~7;
            b.setMemory(at, padded - at, (byte) 0);
            at = padded;
        }
        b.putInt(4, at - MetadataDecoder.PRELUDE, LE);
        final byte[] out = new byte[at];
        b.getBytes(0, out);
        return out;
    }

    private static int putSymbols(final ExpandableArrayBuffer b, final int at, final List<String> symbols, final int len) {
        b.putInt(at, symbols.size(), LE);
        int p = at + 4;
        for (final String s : symbols) {
            CString.write(b, p, len, s);
            p += len;
        }
        return p;
    }
}
