package io.strikeiq.app;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import io.strikeiq.journal.InputJournalWriter;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.RecordValidator;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A recorded input journal in a form small enough to check in: the input queue's SBE records
 * (header and message, without the CRC32C trailer, which the writer recomputes) in order, each
 * preceded by its length as 4 little-endian bytes, after an 8-byte magic, zstd-compressed. A
 * Chronicle queue folder cannot be checked in (its cycle files are sparse, 1.25 GiB long).
 * {@link #restore} writes the records back into a fresh {@code DIR/input} through the engine's own
 * {@link InputJournalWriter}, so replay reads exactly what the engine once journaled.
 */
final class GoldenInputFile {
    private static final byte[] MAGIC = "SIQGOLD1".getBytes(StandardCharsets.US_ASCII);

    private GoldenInputFile() {
    }

    /** Copies the records of {@code journalDir}'s input queue into {@code file}; returns how many. */
    static long save(final Path journalDir, final Path file) throws IOException {
        long n = 0;
        try (ChronicleQueue queue = ChronicleQueue.singleBuilder(journalDir.resolve(JournalLayout.INPUT_QUEUE))
                 .rollCycle(JournalLayout.ROLL_CYCLE).readOnly(true).build();
             OutputStream out = new ZstdOutputStream(Files.newOutputStream(file), 19)) {
            out.write(MAGIC);
            final ExcerptTailer tailer = queue.createTailer();
            final ByteBuffer len = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return n;
                    }
                    final Bytes<?> bytes = dc.wire().bytes();
                    final int length = (int) bytes.readRemaining() - RecordValidator.TRAILER_LENGTH;
                    final byte[] record = new byte[length];
                    bytes.read(record);
                    len.clear();
                    out.write(len.putInt(length).array());
                    out.write(record);
                    n++;
                }
            }
        }
    }

    /** Writes the records of {@code file} into a new input queue of {@code journalDir}; returns how many. */
    static long restore(final Path file, final Path journalDir) throws IOException {
        long n = 0;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new ZstdInputStream(raw));
             InputJournalWriter writer = InputJournalWriter.open(journalDir)) {
            final byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not a golden input file (bad magic)");
            }
            final byte[] len = new byte[Integer.BYTES];
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
            while (true) {
                try {
                    in.readFully(len);
                } catch (final EOFException end) {
                    return n;
                }
                final int length = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getInt();
                final byte[] record = new byte[length];
                in.readFully(record);
                buffer.wrap(record);
                writer.appendEncoded(buffer, 0, length);
                n++;
            }
        }
    }
}
