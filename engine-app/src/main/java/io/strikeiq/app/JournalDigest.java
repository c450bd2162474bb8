package io.strikeiq.app;

import io.strikeiq.journal.OutputJournalReader;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of a journal folder's output, per queue: the bytes of every record of {@code signals/},
 * then of {@code records/}, in order, each as the readers see it (SBE header, message, CRC32C
 * trailer), each preceded by its length as 4 little-endian bytes so record boundaries count. It
 * depends on the output alone — not on Chronicle's file layout, cycle or index metadata — so
 * two machines that produce the same output print the same digests. Every record's checksum is
 * verified while reading.
 */
record JournalDigest(String signalsSha256, long signals, String recordsSha256, long records, List<String> warnings) {

    static JournalDigest of(final Path journalDir) {
        final List<String> warnings = new ArrayList<>();
        try (OutputJournalReader s = OutputJournalReader.openSignals(journalDir);
             OutputJournalReader r = OutputJournalReader.openRecords(journalDir)) {
            final MessageDigest signalsDigest = sha256();
            final long signals = digest(s, signalsDigest, warnings);
            final MessageDigest recordsDigest = sha256();
            final long records = digest(r, recordsDigest, warnings);
            return new JournalDigest(HexFormat.of().formatHex(signalsDigest.digest()), signals,
                HexFormat.of().formatHex(recordsDigest.digest()), records, List.copyOf(warnings));
        }
    }

    private static long digest(final OutputJournalReader reader, final MessageDigest digest, final List<String> warnings) {
        final byte[] length = new byte[Integer.BYTES];
        byte[] bytes = new byte[256];
        long n = 0;
        while (reader.next()) {
            final int len = reader.length();
            if (bytes.length < len) {
                bytes = new byte[Math.max(len, 2 * bytes.length)];
            }
            reader.buffer().getBytes(0, bytes, 0, len);
            for (int i = 0; i < Integer.BYTES; i++) {
                length[i] = (byte) (len >>> (8 * i));
            }
            digest.update(length);
            digest.update(bytes, 0, len);
            n++;
        }
        if (reader.endWarning() != null) {
            warnings.add(reader.endWarning());
        }
        return n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime provides SHA-256", e);
        }
    }
}
