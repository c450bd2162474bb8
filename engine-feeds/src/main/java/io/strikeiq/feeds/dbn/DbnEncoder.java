package io.strikeiq.feeds.dbn;

import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Writes DBN files (version 1, 2 or 3, plain or zstd): the metadata header, then records either
 * typed (OHLCV, trades, MBP-1, instrument definition) or copied raw from a decoder, which is how a
 * decoded file is re-encoded byte for byte. Records are built in one scratch buffer, so writing
 * allocates nothing per record. Used by tests and by {@link OhlcvFileGenerator}.
 */
public final class DbnEncoder implements AutoCloseable {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final int MAX_RECORD = 255 * 4;

    private final OutputStream out;
    private final DbnMetadata metadata;
    private final int version;
    private final int tsOutBytes;
    private final byte[] scratchArray = new byte[MAX_RECORD + 8];
    private final UnsafeBuffer scratch = new UnsafeBuffer(scratchArray);
    private long recordsWritten;

    /**
     * Writes the header of {@code metadata} (as {@code metadata.version()}) to {@code out}; the
     * encoder owns and closes the stream.
     */
    public DbnEncoder(final OutputStream out, final DbnMetadata metadata) throws IOException {
        this(out, metadata, true);
    }

    /** Opens {@code path} for writing with the given compression and writes the header. */
    public static DbnEncoder create(final Path path, final DbnMetadata metadata, final Compression compression)
            throws IOException {
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        if (compression == Compression.ZSTD) {
            os = new BufferedOutputStream(new ZstdOutputStreamNoFinalizer(os, 3), 1 << 16);
        }
        return new DbnEncoder(os, metadata);
    }

    /** @return a header-less encoder: a fragment writer of records in DBN {@code version} */
    public static DbnEncoder fragment(final OutputStream out, final int version) throws IOException {
        return new DbnEncoder(out, DbnMetadata.fragment(version), false);
    }

    private DbnEncoder(final OutputStream out, final DbnMetadata metadata, final boolean header) throws IOException {
        this.out = out;
        this.metadata = metadata;
        this.version = metadata.version();
        this.tsOutBytes = metadata.tsOut() ? 8 : 0;
        if (header) {
            out.write(MetadataEncoder.encode(metadata));
        }
    }

    /** @return the metadata written in the header */
    public DbnMetadata metadata() {
        return metadata;
    }

    /** @return records written so far */
    public long recordsWritten() {
        return recordsWritten;
    }

    /** Copies one complete record (as read by a decoder) unchanged. */
    public void writeRecord(final DirectBuffer buffer, final int offset, final int length) throws IOException {
        if (length <= 0 || (length & 3) != 0 || length > MAX_RECORD) {
            throw new IllegalArgumentException("record length must be a positive multiple of 4 up to 1020: " + length);
        }
        buffer.getBytes(offset, scratchArray, 0, length);
        out.write(scratchArray, 0, length);
        recordsWritten++;
    }

    /** Writes an OHLCV record of the given rtype (0x20–0x24 or 0x11) with raw 1e-9 prices. */
    public void writeOhlcv(final int rtype, final int publisherId, final int instrumentId, final long tsEvent,
            final long open, final long high, final long low, final long close, final long volume) throws IOException {
        header(OhlcvRecord.LENGTH, rtype, publisherId, instrumentId, tsEvent);
        scratch.putLong(16, open, LE);
        scratch.putLong(24, high, LE);
        scratch.putLong(32, low, LE);
        scratch.putLong(40, close, LE);
        scratch.putLong(48, volume, LE);
        flush(OhlcvRecord.LENGTH);
    }

    /** Writes a trade (MBP-0) record. */
    public void writeTrade(final int publisherId, final int instrumentId, final long tsEvent, final long price,
            final long size, final char action, final char side, final int flags, final int depth, final long tsRecv,
            final int tsInDelta, final long sequence) throws IOException {
        header(TradeRecord.LENGTH, RType.MBP_0, publisherId, instrumentId, tsEvent);
        tradeBody(price, size, action, side, flags, depth, tsRecv, tsInDelta, sequence);
        flush(TradeRecord.LENGTH);
    }

    /** Writes an MBP-1 (or TBBO, same rtype 0x01) record with its single bid/ask level. */
    public void writeMbp1(final int publisherId, final int instrumentId, final long tsEvent, final long price,
            final long size, final char action, final char side, final int flags, final int depth, final long tsRecv,
            final int tsInDelta, final long sequence, final long bidPx, final long askPx, final long bidSz,
            final long askSz, final long bidCt, final long askCt) throws IOException {
        header(Mbp1Record.LENGTH, RType.MBP_1, publisherId, instrumentId, tsEvent);
        tradeBody(price, size, action, side, flags, depth, tsRecv, tsInDelta, sequence);
        scratch.putLong(48, bidPx, LE);
        scratch.putLong(56, askPx, LE);
        scratch.putInt(64, (int) bidSz, LE);
        scratch.putInt(68, (int) askSz, LE);
        scratch.putInt(72, (int) bidCt, LE);
        scratch.putInt(76, (int) askCt, LE);
        flush(Mbp1Record.LENGTH);
    }

    /**
     * Writes an instrument definition in this encoder's version layout. Fields not given are
     * written as the reference encoder's defaults: undefined prices and timestamps, zero counts.
     */
    public void writeDefinition(final int publisherId, final int instrumentId, final long tsEvent,
            final String rawSymbol, final char instrumentClass, final long minPriceIncrement, final long expiration,
            final String asset, final String exchange, final String securityType, final String currency)
            throws IOException {
        final DefinitionLayout l = DefinitionLayout.forVersion(version);
        header(l.size, RType.INSTRUMENT_DEF, publisherId, instrumentId, tsEvent);
        scratch.putLong(16, tsEvent, LE);
        scratch.putLong(24, minPriceIncrement, LE);
        scratch.putLong(32, FixedPrice.UNDEF_PRICE, LE);
        scratch.putLong(40, expiration, LE);
        scratch.putLong(48, DbnRecord.UNDEF_TIMESTAMP, LE);
        for (int at = 56; at <= l.priceRatio; at += 8) {
            scratch.putLong(at, FixedPrice.UNDEF_PRICE, LE);
        }
        scratch.putLong(l.strikePrice, FixedPrice.UNDEF_PRICE, LE);
        if (l.rawInstrumentId64 >= 0) {
            scratch.putLong(l.rawInstrumentId64, instrumentId & 0xFFFF_FFFFL, LE);
        } else {
            scratch.putInt(l.rawInstrumentId32, instrumentId, LE);
        }
        CString.write(scratch, l.rawSymbol, l.rawSymbolLength, rawSymbol);
        CString.write(scratch, l.asset, l.assetLength, asset);
        CString.write(scratch, l.exchange, 5, exchange);
        CString.write(scratch, l.securityType, 7, securityType);
        CString.write(scratch, l.currency, 4, currency);
        scratch.putByte(l.instrumentClass, (byte) instrumentClass);
        scratch.putByte(l.securityUpdateAction, (byte) 'A');
        flush(l.size);
    }

    private void header(final int length, final int rtype, final int publisherId, final int instrumentId,
            final long tsEvent) {
        scratch.setMemory(0, length + tsOutBytes, (byte) 0);
        scratch.putByte(0, (byte) ((length + tsOutBytes) >> 2));
        scratch.putByte(1, (byte) rtype);
        scratch.putShort(2, (short) publisherId, LE);
        scratch.putInt(4, instrumentId, LE);
        scratch.putLong(8, tsEvent, LE);
    }

    private void tradeBody(final long price, final long size, final char action, final char side, final int flags,
            final int depth, final long tsRecv, final int tsInDelta, final long sequence) {
        scratch.putLong(16, price, LE);
        scratch.putInt(24, (int) size, LE);
        scratch.putByte(28, (byte) action);
        scratch.putByte(29, (byte) side);
        scratch.putByte(30, (byte) flags);
        scratch.putByte(31, (byte) depth);
        scratch.putLong(32, tsRecv, LE);
        scratch.putInt(40, tsInDelta, LE);
        scratch.putInt(44, (int) sequence, LE);
    }

    /** Appends ts_out (undefined: this encoder is not a live gateway) when the metadata asks for it. */
    private void flush(final int length) throws IOException {
        if (tsOutBytes != 0) {
            scratch.putLong(length, DbnRecord.UNDEF_TIMESTAMP, LE);
        }
        out.write(scratchArray, 0, length + tsOutBytes);
        recordsWritten++;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
