package io.strikeiq.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Structural checks of a queue's files before Chronicle maps them, so that a damaged file is one
 * {@link JournalFormatException} line instead of a SIGBUS ({@code InternalError}) when a mapped
 * page lies past a truncated end, or a ~20 s wait for a header that never appears. Every cycle
 * file ({@code *.cq4}) must be non-empty, have a length Chronicle can give it and start with a
 * Chronicle store header; {@code metadata.cq4t} must be non-empty and start with its table-store
 * header.
 *
 * <p>Lengths: Chronicle grows a cycle file only by {@code RandomAccessFile.setLength((chunk + 1)
 * * blockSize + overlap)} ({@code ChunkedMappedFile.resizeRafIfTooSmall}; the overlap is
 * {@code blockSize / 4} for the 64 MiB and 1 GiB blocks used here, {@code
 * SingleChronicleQueue.calcOverlapSize}), and never shrinks it. So an intact cycle file is exactly
 * {@code k * blockSize + blockSize / 4} bytes ({@code k >= 1}), sparse; a file cut anywhere
 * else, mid-page or on a page boundary, has a length no intact file has.
 */
public final class QueueFiles {
    /** A Chronicle document header: length in the low 30 bits, then the meta-data and not-complete bits. */
    static final int META_DATA = 0x4000_0000;
    static final int NOT_COMPLETE = 0x8000_0000;
    static final int LENGTH_MASK = 0x3FFF_FFFF;
    /** The end-of-cycle marker Chronicle writes when it rolls to the next cycle. */
    static final int END_OF_DATA = NOT_COMPLETE | META_DATA;

    private static final String METADATA_FILE = "metadata.cq4t";
    private static final byte[] CYCLE_HEADER_TYPE = "SCQStore".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] METADATA_HEADER_TYPE = "STStore".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_PROBE = 64;

    private QueueFiles() {
    }

    /** Block size the files of {@code queueDir} were written with (each queue's is its own, see {@link JournalLayout}). */
    public static long blockSizeOf(final Path queueDir) {
        final Path name = queueDir.toAbsolutePath().normalize().getFileName();
        final String queue = name == null ? "" : name.toString();
        if (JournalLayout.INPUT_QUEUE.equals(queue)) {
            return JournalLayout.INPUT_BLOCK_SIZE;
        }
        return JournalLayout.RECORDS_QUEUE.equals(queue) ? JournalLayout.RECORDS_BLOCK_SIZE : JournalLayout.SIGNALS_BLOCK_SIZE;
    }

    /**
     * Checks every queue file of {@code queueDir}.
     *
     * @throws JournalFormatException ({@link JournalFormatException.Kind#DAMAGED_FILE}) naming the first bad file
     */
    public static void check(final Path queueDir) {
        final long blockSize = blockSizeOf(queueDir);
        final Path metadata = queueDir.resolve(METADATA_FILE);
        if (Files.exists(metadata)) {
            checkStart(queueDir, metadata, size(queueDir, metadata), METADATA_HEADER_TYPE, "table-store");
        }
        for (final Path cycle : cycleFiles(queueDir)) {
            final long length = size(queueDir, cycle);
            if (length == 0) {
                throw fail(queueDir, cycle, "cycle file is empty (0 bytes)");
            }
            if (!isChronicleLength(length, blockSize)) {
                throw fail(queueDir, cycle, "cycle file is " + length + " bytes, a length Chronicle never gives a cycle file"
                    + " (k x " + blockSize + " + " + overlapOf(blockSize) + "): it was truncated or replaced");
            }
            checkStart(queueDir, cycle, length, CYCLE_HEADER_TYPE, "queue store");
        }
    }

    /** The cycle files of {@code queueDir}, in cycle order (their names are the cycle's UTC date). */
    static List<Path> cycleFiles(final Path queueDir) {
        final List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(queueDir, "*.cq4")) {
            for (final Path p : dir) {
                files.add(p);
            }
        } catch (final IOException e) {
            throw JournalFailures.damaged(JournalFormatException.Kind.UNREADABLE, queueDir, "queue folder",
                "cannot list it: " + e.getMessage(), -1, -1);
        }
        Collections.sort(files);
        return files;
    }

    static boolean isChronicleLength(final long length, final long blockSize) {
        final long beyondOverlap = length - overlapOf(blockSize);
        return beyondOverlap >= blockSize && beyondOverlap % blockSize == 0;
    }

    /** Chronicle's overlap for a block size (SingleChronicleQueue.calcOverlapSize). */
    static long overlapOf(final long blockSize) {
        if (blockSize < 64 << 10) {
            return blockSize;
        }
        if (blockSize < 256 << 10) {
            return 64 << 10;
        }
        return blockSize < 4L << 30 ? blockSize / 4 : 1L << 30;
    }

    private static void checkStart(final Path queueDir, final Path file, final long length, final byte[] type,
                                   final String what) {
        if (length == 0) {
            throw fail(queueDir, file, "file is empty (0 bytes)");
        }
        final ByteBuffer head = ByteBuffer.allocate(HEADER_PROBE).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (head.hasRemaining() && ch.read(head, head.position()) > 0) {
                // Reads until the probe is full or the file ends.
            }
        } catch (final IOException e) {
            throw JournalFailures.damaged(JournalFormatException.Kind.UNREADABLE, queueDir, file.getFileName().toString(),
                "cannot read it: " + e.getMessage(), -1, -1);
        }
        head.flip();
        final int header = head.remaining() >= Integer.BYTES ? head.getInt(0) : 0;
        final int docLength = header & LENGTH_MASK;
        final boolean readyMetaData = (header & (NOT_COMPLETE | META_DATA)) == META_DATA;
        if (!readyMetaData || docLength < type.length || docLength + 4L > length || !contains(head, type)) {
            throw fail(queueDir, file, "does not start with a Chronicle " + what + " header (first word 0x"
                + Integer.toHexString(header) + "): the file is damaged or not a Chronicle queue file");
        }
    }

    private static boolean contains(final ByteBuffer b, final byte[] needle) {
        for (int i = 4; i + needle.length <= b.limit(); i++) {
            int j = 0;
            while (j < needle.length && b.get(i + j) == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return true;
            }
        }
        return false;
    }

    private static long size(final Path queueDir, final Path file) {
        try {
            return Files.size(file);
        } catch (final IOException e) {
            throw JournalFailures.damaged(JournalFormatException.Kind.UNREADABLE, queueDir, file.getFileName().toString(),
                "cannot read its size: " + e.getMessage(), -1, -1);
        }
    }

    private static JournalFormatException fail(final Path queueDir, final Path file, final String what) {
        return JournalFailures.damaged(JournalFormatException.Kind.DAMAGED_FILE, queueDir, file.getFileName().toString(),
            what, -1, -1);
    }
}
