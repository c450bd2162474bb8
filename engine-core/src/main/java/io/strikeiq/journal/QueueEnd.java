package io.strikeiq.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Tells, for a reader that is not following a live writer, what "no document present" means:
 * the clean end of the journal, an unfinished last record (its writer was killed inside
 * {@code writingDocument()}), more records the tailer has not delivered yet, or damage. It walks
 * the raw cycle files from their first byte, header by header, past the tailer's position.
 *
 * <p>What a Chronicle 2026.4 cycle file holds, as read from its code and files: 4-byte-aligned
 * documents, each a 4-byte little-endian header (length in the low 30 bits, bit 30 meta-data,
 * bit 31 not-complete) and its bytes; index arrays are meta-data documents; the end-of-cycle
 * marker written on a roll is {@code 0xC0000000}; after the last document the (sparse) file is
 * zeros. A writer's {@code writingDocument()} leaves the header word 0 until the document is
 * complete ({@code AbstractWire.enterHeader}), so a writer killed inside it leaves a zero (or
 * not-complete) header followed by at most one record's bytes, then zeros. Anything else after
 * the last complete document (non-zero bytes further on, a length running past the file's end,
 * a meta-data header larger than any index array, data records the tailer cannot reach, a header
 * chain that never reaches the last document the store header's {@code writePosition} names, as
 * when a damaged header sends Chronicle skipping past the rest of the data) is damage.
 *
 * <p>Allocates (a file channel and a 1 MiB read window); called once, at the end of a read.
 */
public final class QueueEnd {
    /** What the end of a journal is. */
    public enum State {
        /** Every document is complete and nothing follows the last one. */
        CLEAN,
        /** The last document was never completed: its writer was killed (or, if alive, is still writing it). */
        UNFINISHED,
        /** Complete records follow the tailer's position: a live writer appended them; read again. */
        MORE
    }

    private static final int WINDOW = 1 << 20;
    /** Bytes an unfinished record may have written after its header: the largest record and trailer, padded. */
    private static final int MAX_UNFINISHED = 4096;
    /** Largest meta-data document in a StrikeIQ queue: an index array of {@link JournalLayout#INDEX_COUNT} longs, plus slack. */
    private static final int MAX_META_DATA = JournalLayout.INDEX_COUNT * Long.BYTES + 4096;
    private static final byte[] WRITE_POSITION = "writePosition".getBytes(StandardCharsets.US_ASCII);
    /** Binary-wire type code of the int64 array holding the write position. */
    private static final int I64_ARRAY = 0x8D;

    private final Path queueDir;
    private final DateTimeFormatter cycleName;

    public QueueEnd(final Path queueDir) {
        this.queueDir = queueDir;
        this.cycleName = DateTimeFormatter.ofPattern(JournalLayout.ROLL_CYCLE.format()).withZone(ZoneOffset.UTC);
    }

    /**
     * Classifies the end a tailer reached.
     *
     * @param recordsRead records the reader returned from the start of the queue, or -1 when it did not start there
     * @param lastIndex Chronicle index of the last record the reader returned, or -1 if none
     * @param nextIndex the tailer's index when nothing was returned ({@code lastIndex < 0}) and it did not start at the start
     * @param retried true when the reader already read again after a {@link State#MORE}
     * @throws JournalFormatException when what follows the last good record is damage
     */
    public State classify(final long recordsRead, final long lastIndex, final long nextIndex, final boolean retried) {
        final List<Path> files = QueueFiles.cycleFiles(queueDir);
        if (files.isEmpty()) {
            return State.CLEAN;
        }
        final String where = JournalFailures.after(recordsRead, lastIndex);
        final String startFile;
        final long expected;
        if (lastIndex >= 0) {
            startFile = fileName(JournalLayout.ROLL_CYCLE.toCycle(lastIndex));
            expected = JournalLayout.ROLL_CYCLE.toSequenceNumber(lastIndex) + 1;
        } else if (recordsRead == 0 || nextIndex <= 0) {
            startFile = files.get(0).getFileName().toString();
            expected = 0;
        } else {
            startFile = fileName(JournalLayout.ROLL_CYCLE.toCycle(nextIndex));
            expected = JournalLayout.ROLL_CYCLE.toSequenceNumber(nextIndex);
        }
        State end = State.CLEAN;
        boolean started = false;
        for (final Path file : files) {
            final String name = file.getFileName().toString();
            if (!started && name.compareTo(startFile) < 0) {
                continue;
            }
            final boolean first = !started;
            started = true;
            final Walk walk = walk(file, where, recordsRead, lastIndex);
            final long undelivered = first ? walk.records - expected : walk.records;
            if (undelivered < 0) {
                throw fail(where, recordsRead, lastIndex, name + " holds " + walk.records
                    + " complete records, fewer than the reader already read from it: its headers are damaged");
            }
            if (undelivered > 0) {
                if (retried) {
                    throw fail(where, recordsRead, lastIndex, name + " holds " + undelivered + " more complete record(s)"
                        + " that Chronicle cannot deliver: the queue's index or headers are damaged");
                }
                return State.MORE;
            }
            end = walk.state;
        }
        return end;
    }

    /** The warning line for an {@link State#UNFINISHED} end after {@code recordsRead} records (-1: not counted). */
    public String unfinishedWarning(final long recordsRead, final long lastIndex) {
        return JournalFailures.unfinished(queueDir, recordsRead, lastIndex);
    }

    /**
     * The one-line failure for a fault (SIGBUS) reading this queue's mapped memory after the given
     * record: what the files show is damaged when the walk finds it (Chronicle typically faults
     * following a damaged header past the file's end), else the fault itself.
     */
    public JournalFormatException unreadable(final long recordsRead, final long lastIndex, final InternalError fault) {
        try {
            classify(recordsRead, lastIndex, -1, true);
        } catch (final JournalFormatException damage) {
            return damage;
        }
        return JournalFailures.unreadable(queueDir, recordsRead, lastIndex, fault);
    }

    /**
     * The one-line failure for a document Chronicle delivered that ends past the end of the cycle
     * files (at file offset {@code end}): what the walk finds, else this.
     */
    public JournalFormatException pastTheEnd(final long recordsRead, final long lastIndex, final long end) {
        try {
            classify(recordsRead, lastIndex, -1, true);
        } catch (final JournalFormatException damage) {
            return damage;
        }
        return JournalFailures.damaged(JournalFormatException.Kind.DAMAGED_FILE, queueDir,
            JournalFailures.after(recordsRead, lastIndex), "the next document ends at offset " + end
                + ", past the end of the cycle files: a document header is damaged", recordsRead, lastIndex);
    }

    private String fileName(final int cycle) {
        return cycleName.format(Instant.ofEpochMilli((long) cycle * JournalLayout.ROLL_CYCLE.lengthInMillis())) + ".cq4";
    }

    /** A cycle file's complete data records and how it ends. */
    private static final class Walk {
        long records;
        State state;
    }

    private Walk walk(final Path file, final String where, final long recordsRead, final long lastIndex) {
        final Walk walk = new Walk();
        final String name = file.getFileName().toString();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            final Window window = new Window(ch);
            final long lastWritten = lastWrittenPosition(window);
            boolean reachedLastWritten = lastWritten < 0;
            long pos = 0;
            while (true) {
                if (pos + Integer.BYTES > window.size) {
                    throw fail(where, recordsRead, lastIndex, name + " ends at byte " + window.size
                        + " inside its last document: the file is truncated");
                }
                final int header = window.intAt(pos);
                reachedLastWritten |= pos == lastWritten;
                if ((header == 0 || (header & QueueFiles.NOT_COMPLETE) != 0) && !reachedLastWritten) {
                    throw fail(where, recordsRead, lastIndex, name + "'s store header says a document was completed at"
                        + " offset " + lastWritten + ", but the chain of document headers never reaches it (it ends at"
                        + " offset " + pos + "): a header before it is damaged");
                }
                if (header == QueueFiles.END_OF_DATA) {
                    walk.state = State.CLEAN;
                    return walk;
                }
                if (header == 0 || (header & QueueFiles.NOT_COMPLETE) != 0) {
                    final long bodyEnd = Math.min(window.size, pos + Integer.BYTES + MAX_UNFINISHED);
                    final long garbage = window.firstNonZero(bodyEnd, window.size);
                    if (garbage >= 0) {
                        throw fail(where, recordsRead, lastIndex, name + " has non-zero bytes at offset " + garbage
                            + " after the last complete document (at offset " + pos + "): the file is damaged");
                    }
                    final boolean partial = header != 0 || window.firstNonZero(pos + Integer.BYTES, bodyEnd) >= 0;
                    walk.state = partial ? State.UNFINISHED : State.CLEAN;
                    return walk;
                }
                final long next = pos + Integer.BYTES + (header & QueueFiles.LENGTH_MASK);
                if ((header & QueueFiles.META_DATA) != 0 && (header & QueueFiles.LENGTH_MASK) > MAX_META_DATA) {
                    throw fail(where, recordsRead, lastIndex, name + " has a meta-data header at offset " + pos + " of "
                        + (header & QueueFiles.LENGTH_MASK) + " bytes, larger than any index Chronicle writes: the file is damaged");
                }
                if (next > window.size) {
                    throw fail(where, recordsRead, lastIndex, name + " has a document at offset " + pos + " of "
                        + (header & QueueFiles.LENGTH_MASK) + " bytes running past the file's end: the file is damaged");
                }
                if ((header & QueueFiles.META_DATA) == 0) {
                    walk.records++;
                }
                pos = (next + 3) & ~3L;
            }
        } catch (final IOException e) {
            throw JournalFailures.damaged(JournalFormatException.Kind.UNREADABLE, queueDir, where,
                "cannot read " + name + ": " + e.getMessage(), recordsRead - 1, lastIndex);
        }
    }

    /**
     * Offset of the last complete document according to the cycle file's store header (its
     * {@code writePosition}, an int64 array whose first element Chronicle updates as each document
     * completes), or -1 when the header cannot be parsed (then the walk does without it).
     */
    private static long lastWrittenPosition(final Window window) throws IOException {
        final int scan = 256;
        for (int at = 4; at + WRITE_POSITION.length + 32 < scan && at + WRITE_POSITION.length + 32 < window.size; at++) {
            if (window.matches(at, WRITE_POSITION)) {
                for (int t = at + WRITE_POSITION.length; t < at + WRITE_POSITION.length + 16; t++) {
                    if (window.byteAt(t) == I64_ARRAY) {
                        final long capacity = window.longAt(t + 1);
                        final long used = window.longAt(t + 9);
                        final long position = window.longAt(t + 17);
                        final boolean sane = capacity >= 1 && capacity <= 16 && used >= 1 && used <= capacity
                            && position >= 0 && position < window.size;
                        return sane ? position : -1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    private JournalFormatException fail(final String where, final long recordsRead, final long lastIndex, final String what) {
        return JournalFailures.damaged(JournalFormatException.Kind.DAMAGED_FILE, queueDir, where, what,
            recordsRead > 0 ? recordsRead : -1, lastIndex);
    }

    /** Positional reads of a file through one buffer, refilled as the walk moves on. */
    private static final class Window {
        final FileChannel ch;
        final long size;
        final ByteBuffer buffer = ByteBuffer.allocateDirect(WINDOW).order(ByteOrder.LITTLE_ENDIAN);
        final ByteBuffer zeros = ByteBuffer.allocateDirect(WINDOW);
        long start = -1;
        int valid;

        Window(final FileChannel ch) throws IOException {
            this.ch = ch;
            this.size = ch.size();
        }

        int intAt(final long pos) throws IOException {
            cover(pos, Integer.BYTES);
            return buffer.getInt((int) (pos - start));
        }

        int byteAt(final long pos) throws IOException {
            cover(pos, 1);
            return buffer.get((int) (pos - start)) & 0xFF;
        }

        long longAt(final long pos) throws IOException {
            cover(pos, Long.BYTES);
            return buffer.getLong((int) (pos - start));
        }

        boolean matches(final long pos, final byte[] expected) throws IOException {
            for (int i = 0; i < expected.length; i++) {
                if (byteAt(pos + i) != (expected[i] & 0xFF)) {
                    return false;
                }
            }
            return true;
        }

        private void cover(final long pos, final int bytes) throws IOException {
            if (start < 0 || pos < start || pos + bytes > start + valid) {
                fill(pos);
            }
        }

        /** Offset of the first non-zero byte in [from, to), or -1. */
        long firstNonZero(final long from, final long to) throws IOException {
            for (long p = from; p < to; p += valid) {
                fill(p);
                final int n = (int) Math.min(valid, to - p);
                final ByteBuffer data = buffer.duplicate().position(0).limit(n);
                final int at = data.mismatch(zeros.duplicate().position(0).limit(n));
                if (at >= 0) {
                    return p + at;
                }
            }
            return -1;
        }

        private void fill(final long pos) throws IOException {
            buffer.clear();
            int read = 0;
            while (buffer.hasRemaining()) {
                final int n = ch.read(buffer, pos + read);
                if (n <= 0) {
                    break;
                }
                read += n;
            }
            start = pos;
            valid = read;
            if (valid == 0) {
                throw new IOException("unexpected end of file at byte " + pos);
            }
        }
    }
}
