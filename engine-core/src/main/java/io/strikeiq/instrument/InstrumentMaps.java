package io.strikeiq.instrument;

import net.openhft.chronicle.map.ChronicleMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Opens the persisted instrument map (int id to {@link InstrumentRecord} bytes). Writer and
 * readers go through here so they agree on key and value types; when the file already exists,
 * Chronicle Map takes its sizing from the file header, so a reader need not know it.
 */
final class InstrumentMaps {
    static final String NAME = "strikeiq-instruments";

    private InstrumentMaps() {
    }

    static ChronicleMap<Integer, byte[]> open(final Path file, final long entries) {
        try {
            final Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            return ChronicleMap.of(Integer.class, byte[].class)
                .name(NAME)
                .entries(entries)
                .maxBloatFactor(4.0)
                .constantValueSizeBySample(new byte[InstrumentRecord.LENGTH])
                // Its owner closes it: Chronicle's own exit hook closed it under a SIGTERM'd run still
                // draining its ring (every later state update failed with "VanillaChronicleMap closed").
                .skipCloseOnExitHook(true)
                .createPersistedTo(file.toFile());
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot open instrument map " + file, e);
        }
    }
}
