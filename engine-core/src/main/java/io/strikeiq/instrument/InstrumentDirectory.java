package io.strikeiq.instrument;

import io.strikeiq.event.InstrumentSpec;
import net.openhft.chronicle.map.ChronicleMap;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Read-side view of the instrument map an {@link InstrumentRegistry} persists, for another
 * process (the colocated trader) that must turn ids in signals into symbols and contract
 * details. It shares the registry's memory-mapped file, so definitions the engine registers are
 * visible immediately. Chronicle Map has no read-only open mode; this class simply exposes no
 * way to write. Lookups reuse a scratch record and do not allocate beyond the map's own key box.
 */
public final class InstrumentDirectory implements AutoCloseable {
    static { io.strikeiq.journal.ChronicleDefaults.apply(); }
    private final ChronicleMap<Integer, byte[]> map;
    private byte[] scratch = new byte[InstrumentRecord.LENGTH];

    private InstrumentDirectory(final ChronicleMap<Integer, byte[]> map) {
        this.map = map;
    }

    /**
     * Opens an existing instrument map file for lookups.
     *
     * @throws NoSuchFileException when the file does not exist (it is never created from here)
     */
    public static InstrumentDirectory openReadOnly(final Path file) throws NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no instrument map");
        }
        return new InstrumentDirectory(InstrumentMaps.open(file, 1));
    }

    /**
     * Copies the definition of {@code id} into {@code into}.
     *
     * @return false (and {@code into} untouched) when the id is not defined
     */
    public boolean lookup(final int id, final InstrumentSpec into) {
        final byte[] found = map.getUsing(id, scratch);
        if (found == null) {
            return false;
        }
        scratch = found;
        InstrumentRecord.decode(found, into);
        return true;
    }

    /** Symbol of {@code id}, or null when not defined (allocates the String). */
    public String symbol(final int id) {
        final InstrumentSpec spec = new InstrumentSpec();
        return lookup(id, spec) ? spec.symbolString() : null;
    }

    public boolean contains(final int id) {
        return map.containsKey(id);
    }

    /** Number of defined instruments. */
    public int size() {
        return map.size();
    }

    @Override
    public void close() {
        map.close();
    }
}
