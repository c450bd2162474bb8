package io.strikeiq.persistence;

import io.strikeiq.journal.JournalFormatException;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.RecordValidator;
import io.strikeiq.sbe.InstrumentDefinitionDecoder;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.collections.Int2ObjectHashMap;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One journal's instrument ids (dense, per run) mapped to their stored ids
 * ({@link InstrumentIdentity}). Definitions are learnt as the drain stages them and, when a record
 * names an id not learnt yet (the drain resumed after the definitions were committed, or the
 * records queue ran ahead of the input queue in a batch), by reading the input queue's
 * definitions from where this map last stopped. An id the input queue never defines cannot be
 * stored under any identity: {@link #stable} throws, and the drain makes the record a dead letter.
 */
public final class JournalInstruments implements AutoCloseable {
    /** A journal instrument: its stored id and natural key. */
    record Identity(long stableId, String venue, String key) {
    }

    private final Int2ObjectHashMap<Identity> known = new Int2ObjectHashMap<>();
    private final Path inputQueue;
    private final boolean asJournaled;
    private final InstrumentDefinitionDecoder decoder = new InstrumentDefinitionDecoder();
    private final byte[] text = new byte[InstrumentDefinitionDecoder.symbolLength()];
    private ChronicleQueue queue;
    private ExcerptTailer tailer;
    private RecordValidator validator;

    /**
     * Ids stored as the records carry them, nothing learnt or looked up: only for measuring a
     * mapper's insert path on synthetic records (benchmarks); a drain never uses it.
     */
    public static JournalInstruments asJournaled() {
        return new JournalInstruments(null, true);
    }

    /** @param inputQueue the journal's input queue, read for definitions on a miss; null: none (learnt only) */
    JournalInstruments(final Path inputQueue) {
        this(inputQueue, false);
    }

    private JournalInstruments(final Path inputQueue, final boolean asJournaled) {
        this.inputQueue = inputQueue;
        this.asJournaled = asJournaled;
    }

    /** Learns the definition whose root block starts at {@code offset}; returns its identity. */
    Identity define(final DirectBuffer buffer, final int offset, final int blockLength, final int version) {
        final InstrumentDefinitionDecoder d = decoder.wrap(buffer, offset, blockLength, version);
        final String venue = ascii(d.getVenue(text, 0));
        final String symbol = ascii(d.getSymbol(text, 0));
        final String key = InstrumentIdentity.naturalKey(symbol);
        final Identity identity = new Identity(InstrumentIdentity.stableId(venue, key), venue, key);
        known.put(d.instrumentId(), identity);
        return identity;
    }

    /**
     * The stored id of journal instrument {@code id}; 0 stays 0 (the journal's "none": no
     * underlying, a session event for every instrument).
     *
     * @throws IllegalStateException when the journal's input queue does not define {@code id}
     */
    long stable(final int id) {
        if (id == 0 || asJournaled) {
            return id;
        }
        Identity identity = known.get(id);
        if (identity == null) {
            readDefinitions();
            identity = known.get(id);
            if (identity == null) {
                throw new IllegalStateException("instrument id " + id + " is not defined in the journal's input"
                    + " queue: no InstrumentDefinition names it, so it has no identity to be stored under");
            }
        }
        return identity.stableId();
    }

    /** Reads the definitions appended to the input queue since the last call. */
    private void readDefinitions() {
        if (inputQueue == null) {
            return;
        }
        if (tailer == null) {
            queue = JournalLayout.openForReading(inputQueue);
            tailer = queue.createTailer().toStart();
            validator = RecordValidator.forInput(inputQueue);
        }
        final UnsafeBuffer buffer = new UnsafeBuffer(0, 0);
        while (true) {
            try (DocumentContext dc = tailer.readingDocument()) {
                if (!dc.isPresent()) {
                    return;
                }
                final Bytes<?> bytes = dc.wire().bytes();
                final int length = (int) bytes.readRemaining();
                if (length <= 0) {
                    continue;
                }
                buffer.wrap(bytes.addressForRead(bytes.readPosition()), length);
                try {
                    validator.validate(buffer, length, 0, dc.index());
                } catch (final JournalFormatException damaged) {
                    continue; // the drain's own cursor reports it; it defines nothing here
                }
                if (validator.templateId() == InstrumentDefinitionDecoder.TEMPLATE_ID) {
                    define(buffer, RecordValidator.HEADER_LENGTH, validator.blockLength(), validator.version());
                }
            }
        }
    }

    private String ascii(final int length) {
        int n = 0;
        while (n < length && text[n] != 0) {
            n++;
        }
        return new String(text, 0, n, StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        if (tailer != null) {
            tailer.close();
            queue.close();
            tailer = null;
        }
    }
}
