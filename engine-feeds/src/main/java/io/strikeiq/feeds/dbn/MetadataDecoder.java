package io.strikeiq.feeds.dbn;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Parses a DBN metadata header (versions 1 to 3) or a legacy DBZ skippable-frame header into a
 * {@link DbnMetadata}. Every read is bounds-checked so a short header fails with a
 * {@link DbnFormatException} at the exact offset instead of an index error.
 */
final class MetadataDecoder {
    /** Size of the prelude: "DBN", version byte, u32 length. */
    static final int PRELUDE = 8;
    /** Offset of the variable part in every version. */
    static final int VARIABLE_START = 112;
    static final int ZSTD_MAGIC = 0xFD2FB528;
    static final int DBZ_SKIPPABLE_MAGIC = 0x184D2A50;
    /** Fixed DBZ header after the skippable-frame prelude, before the zstd-compressed symbol part. */
    private static final int DBZ_FIXED = 96;

    private final DirectBuffer buffer;
    private final int limit;
    private final String file;
    private final boolean compressed;
    private int cursor;

    private MetadataDecoder(final DirectBuffer buffer, final int limit, final String file, final boolean compressed) {
        this.buffer = buffer;
        this.limit = limit;
        this.file = file;
        this.compressed = compressed;
    }

    /**
     * Checks the magic and version at {@code buffer[0..8)}.
     *
     * @return the version byte
     */
    static int checkPrelude(final DirectBuffer buffer, final int available, final String file, final boolean compressed) {
        if (available < 4 || buffer.getByte(0) != 'D' || buffer.getByte(1) != 'B' || buffer.getByte(2) != 'N') {
            throw new DbnFormatException(file, 0, compressed, "bad magic: expected 'DBN' but found "
                    + hex(buffer, Math.min(available, 4)));
        }
        final int version = buffer.getByte(3) & 0xFF;
        if (version < 1 || version > DbnMetadata.MAX_VERSION) {
            throw new DbnFormatException(file, 3, compressed, "unsupported DBN version " + version
                    + " (this decoder reads versions 1 to " + DbnMetadata.MAX_VERSION + ")");
        }
        if (available < PRELUDE) {
            throw new DbnFormatException(file, available, compressed, "truncated metadata prelude: need 8 bytes, have "
                    + available);
        }
        return version;
    }

    /**
     * Decodes a whole DBN header held in {@code buffer[0 .. available)}, prelude included.
     */
    static DbnMetadata decode(final DirectBuffer buffer, final int available, final String file, final boolean compressed) {
        final int version = checkPrelude(buffer, available, file, compressed);
        final long length = buffer.getInt(4, ByteOrder.LITTLE_ENDIAN) & 0xFFFF_FFFFL;
        if (length < VARIABLE_START - PRELUDE || PRELUDE + length > available) {
            throw new DbnFormatException(file, 4, compressed, "metadata length " + length
                    + " does not fit the stream (" + available + " bytes available)");
        }
        final MetadataDecoder d = new MetadataDecoder(buffer, (int) (PRELUDE + length), file, compressed);
        final String dataset = d.cstr(8, 16);
        final int schema = buffer.getShort(24, ByteOrder.LITTLE_ENDIAN) & 0xFFFF;
        final long start = buffer.getLong(26, ByteOrder.LITTLE_ENDIAN);
        final long end = buffer.getLong(34, ByteOrder.LITTLE_ENDIAN);
        final long limit = buffer.getLong(42, ByteOrder.LITTLE_ENDIAN);
        final int stypeIn;
        final int stypeOut;
        final boolean tsOut;
        final int symbolLen;
        if (version == 1) {
            stypeIn = buffer.getByte(58) & 0xFF;
            stypeOut = buffer.getByte(59) & 0xFF;
            tsOut = buffer.getByte(60) != 0;
            symbolLen = DbnMetadata.SYMBOL_CSTR_LEN_V1;
        } else {
            stypeIn = buffer.getByte(50) & 0xFF;
            stypeOut = buffer.getByte(51) & 0xFF;
            tsOut = buffer.getByte(52) != 0;
            symbolLen = buffer.getShort(53, ByteOrder.LITTLE_ENDIAN) & 0xFFFF;
            if (symbolLen == 0) {
                throw new DbnFormatException(file, 53, compressed, "symbol_cstr_len is 0");
            }
        }
        final int schemaDefinitionLength = buffer.getInt(108, ByteOrder.LITTLE_ENDIAN);
        if (schemaDefinitionLength != 0) {
            throw new DbnFormatException(file, 108, compressed, "schema_definition_length must be 0 but is "
                    + schemaDefinitionLength);
        }
        d.cursor = VARIABLE_START;
        final List<String> symbols = d.symbolList(symbolLen);
        final List<String> partial = d.symbolList(symbolLen);
        final List<String> notFound = d.symbolList(symbolLen);
        final List<SymbolMapping> mappings = d.mappings(symbolLen);
        return new DbnMetadata(version, dataset, schema, start, end, limit, stypeIn, stypeOut, tsOut, symbolLen,
                symbols, partial, notFound, mappings, (int) length, false);
    }

    /**
     * Decodes a legacy DBZ header: the whole skippable frame ({@code buffer[0..available)}, magic
     * included) holding "DBZ", version 1, the fixed fields and a zstd frame with the symbol part.
     */
    static DbnMetadata decodeDbz(final DirectBuffer buffer, final int available, final String file) {
        final int frameSize = buffer.getInt(4, ByteOrder.LITTLE_ENDIAN);
        if (available < PRELUDE + DBZ_FIXED || frameSize < DBZ_FIXED || PRELUDE + frameSize > available) {
            throw new DbnFormatException(file, 4, false, "truncated DBZ metadata frame of " + frameSize + " bytes");
        }
        if (buffer.getByte(8) != 'D' || buffer.getByte(9) != 'B' || buffer.getByte(10) != 'Z') {
            throw new DbnFormatException(file, 8, false, "bad DBZ magic: found " + hex(buffer, 3));
        }
        final int version = buffer.getByte(11) & 0xFF;
        if (version != 1) {
            throw new DbnFormatException(file, 11, false, "unsupported DBZ version " + version);
        }
        final MetadataDecoder fixed = new MetadataDecoder(buffer, PRELUDE + frameSize, file, false);
        final String dataset = fixed.cstr(12, 16);
        final int schema = buffer.getShort(28, ByteOrder.LITTLE_ENDIAN) & 0xFFFF;
        final long start = buffer.getLong(30, ByteOrder.LITTLE_ENDIAN);
        final long end = buffer.getLong(38, ByteOrder.LITTLE_ENDIAN);
        final long limit = buffer.getLong(46, ByteOrder.LITTLE_ENDIAN);
        final int stypeIn = buffer.getByte(63) & 0xFF;
        final int stypeOut = buffer.getByte(64) & 0xFF;
        final int compressedStart = PRELUDE + DBZ_FIXED;
        final byte[] packed = new byte[PRELUDE + frameSize - compressedStart];
        buffer.getBytes(compressedStart, packed);
        final byte[] plain = inflate(packed, file, compressedStart);
        final MetadataDecoder d = new MetadataDecoder(new UnsafeBuffer(plain), plain.length, file, true);
        d.cursor = 4; // u32 schema_definition_length, always 0
        final int len = DbnMetadata.SYMBOL_CSTR_LEN_V1;
        final List<String> symbols = d.symbolList(len);
        final List<String> partial = d.symbolList(len);
        final List<String> notFound = d.symbolList(len);
        final List<SymbolMapping> mappings = d.mappings(len);
        return new DbnMetadata(1, dataset, schema, start, end, limit, stypeIn, stypeOut, false, len, symbols, partial,
                notFound, mappings, frameSize, true);
    }

    private static byte[] inflate(final byte[] packed, final String file, final int offset) {
        try (InputStream in = new ZstdInputStreamNoFinalizer(new ByteArrayInputStream(packed))) {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (final IOException e) {
            throw new DbnFormatException(file, offset, false, "corrupt zstd frame in DBZ metadata: " + e.getMessage());
        }
    }

    private List<String> symbolList(final int symbolLen) {
        final int count = u32Count(symbolLen);
        final List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(cstr(cursor, symbolLen));
            cursor += symbolLen;
        }
        return out;
    }

    private List<SymbolMapping> mappings(final int symbolLen) {
        final int count = u32Count(symbolLen + 4);
        final List<SymbolMapping> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final String raw = cstr(cursor, symbolLen);
            cursor += symbolLen;
            final int intervals = u32Count(8 + symbolLen);
            final List<MappingInterval> list = new ArrayList<>(intervals);
            for (int k = 0; k < intervals; k++) {
                need(8 + symbolLen);
                final int startDate = buffer.getInt(cursor, ByteOrder.LITTLE_ENDIAN);
                final int endDate = buffer.getInt(cursor + 4, ByteOrder.LITTLE_ENDIAN);
                list.add(new MappingInterval(startDate, endDate, cstr(cursor + 8, symbolLen)));
                cursor += 8 + symbolLen;
            }
            out.add(new SymbolMapping(raw, list));
        }
        return out;
    }

    /** Reads a u32 count and checks that {@code count * minItemSize} bytes can follow. */
    private int u32Count(final int minItemSize) {
        need(4);
        final long count = buffer.getInt(cursor, ByteOrder.LITTLE_ENDIAN) & 0xFFFF_FFFFL;
        if (count * minItemSize > limit - cursor - 4) {
            throw new DbnFormatException(file, cursor, compressed, "count " + count + " overruns the metadata ("
                    + (limit - cursor - 4) + " bytes left)");
        }
        cursor += 4;
        return (int) count;
    }

    private void need(final int bytes) {
        if (cursor + bytes > limit) {
            throw new DbnFormatException(file, cursor, compressed, "truncated metadata: need " + bytes
                    + " bytes, " + (limit - cursor) + " left");
        }
    }

    private String cstr(final int offset, final int maxLen) {
        if (offset + maxLen > limit) {
            throw new DbnFormatException(file, offset, compressed, "truncated metadata string");
        }
        return CString.read(buffer, offset, maxLen);
    }

    private static String hex(final DirectBuffer buffer, final int n) {
        final StringBuilder sb = new StringBuilder("0x");
        for (int i = 0; i < n; i++) {
            sb.append(Character.forDigit((buffer.getByte(i) >> 4) & 0xF, 16))
                    .append(Character.forDigit(buffer.getByte(i) & 0xF, 16));
        }
        return n == 0 ? "no bytes" : sb.toString();
    }
}
