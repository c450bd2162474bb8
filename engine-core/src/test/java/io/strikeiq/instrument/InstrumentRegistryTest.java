package io.strikeiq.instrument;

import io.strikeiq.event.InstrumentSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstrumentRegistryTest {
    // 2025-01-30 15:30 IST = 10:00 UTC.
    private static final long EXPIRY = 1_738_231_200_000_000_000L;

    static InstrumentSpec index(final int id, final String symbol) {
        final InstrumentSpec s = new InstrumentSpec();
        s.instrumentId = id;
        s.kind = InstrumentSpec.KIND_INDEX;
        s.tickSize = 0.05;
        s.strikeStep = 50;
        s.venue("NSE").symbol(symbol);
        return s;
    }

    static InstrumentSpec option(final int id, final int underlying, final double strike, final byte right) {
        final InstrumentSpec s = new InstrumentSpec();
        s.instrumentId = id;
        s.kind = InstrumentSpec.KIND_OPTION;
        s.right = right;
        s.underlyingId = underlying;
        s.expiryNanos = EXPIRY;
        s.strike = strike;
        s.lotSize = 65;
        s.tickSize = 0.05;
        s.strikeStep = 50;
        s.venue("NSE").symbol("NIFTY25JAN" + (int) strike + (right == InstrumentSpec.RIGHT_CALL ? "CE" : "PE"));
        return s;
    }

    @Test
    void denseLookupsAndIdempotentRegistration() {
        try (InstrumentRegistry r = new InstrumentRegistry()) {
            assertTrue(r.register(index(1, "NIFTY")));
            assertTrue(r.register(option(70_000, 1, 23_500, InstrumentSpec.RIGHT_PUT)));
            assertFalse(r.register(option(70_000, 1, 23_500, InstrumentSpec.RIGHT_PUT)));
            assertEquals(2, r.size());
            assertEquals(70_000, r.maxId());
            assertEquals(InstrumentSpec.KIND_OPTION, r.kind(70_000));
            assertEquals(InstrumentSpec.RIGHT_PUT, r.right(70_000));
            assertEquals(23_500.0, r.strike(70_000));
            assertEquals(1, r.underlyingId(70_000));
            assertEquals(EXPIRY, r.expiryNanos(70_000));
            assertEquals(65, r.lotSize(70_000));
            assertEquals("NIFTY25JAN23500PE", r.symbol(70_000));
            assertEquals(-1, r.kind(2));
            assertEquals(-1, r.kind(5_000_000));
            assertFalse(r.isRegistered(0));
            assertNull(r.symbol(3));
            assertFalse(r.isPersisted());
        }
    }

    @Test
    void conflictingDefinitionNamesTheId() {
        try (InstrumentRegistry r = new InstrumentRegistry()) {
            r.register(option(4242, 1, 23_500, InstrumentSpec.RIGHT_CALL));
            final InstrumentSpec other = option(4242, 1, 23_550, InstrumentSpec.RIGHT_CALL);
            final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.register(other));
            assertTrue(e.getMessage().contains("4242"), e.getMessage());
            assertEquals(23_500.0, r.strike(4242));
            assertThrows(IllegalArgumentException.class, () -> r.register(index(0, "ZERO")));
            final InstrumentSpec noStrike = option(4243, 1, 23_500, InstrumentSpec.RIGHT_CALL);
            noStrike.strike = Double.NaN;
            assertThrows(IllegalArgumentException.class, () -> r.register(noStrike));
        }
    }

    @Test
    void persistsReloadsAndIsReadableFromAnIndependentlyOpenedMap(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("instruments.cm");
        try (InstrumentRegistry writer = new InstrumentRegistry(file, 1024)) {
            writer.register(index(1, "NIFTY"));
            writer.register(option(101, 1, 23_450, InstrumentSpec.RIGHT_CALL));
            // The reader opens its own mapping of the same file, as a second process would.
            try (InstrumentDirectory reader = InstrumentDirectory.openReadOnly(file)) {
                assertEquals(2, reader.size());
                assertEquals("NIFTY", reader.symbol(1));
                // Registered after the reader opened: visible through the shared mapping.
                writer.register(option(102, 1, 23_450, InstrumentSpec.RIGHT_PUT));
                final InstrumentSpec got = new InstrumentSpec();
                assertTrue(reader.lookup(102, got));
                assertTrue(InstrumentRegistry.sameSpec(option(102, 1, 23_450, InstrumentSpec.RIGHT_PUT), got));
                assertEquals("NIFTY25JAN23450PE", got.symbolString());
                assertEquals("NSE", got.venueString());
                assertFalse(reader.lookup(103, got));
                assertNull(reader.symbol(103));
            }
        }
        try (InstrumentRegistry reloaded = new InstrumentRegistry(file, 1024)) {
            assertEquals(3, reloaded.size());
            assertEquals(102, reloaded.maxId());
            assertEquals(InstrumentSpec.RIGHT_PUT, reloaded.right(102));
            assertEquals(23_450.0, reloaded.strike(101));
            assertEquals("NIFTY", reloaded.symbol(1));
            assertFalse(reloaded.register(option(101, 1, 23_450, InstrumentSpec.RIGHT_CALL)));
            assertThrows(IllegalArgumentException.class,
                () -> reloaded.register(option(101, 1, 23_500, InstrumentSpec.RIGHT_CALL)));
        }
        assertThrows(NoSuchFileException.class, () -> InstrumentDirectory.openReadOnly(dir.resolve("missing.cm")));
    }
}
