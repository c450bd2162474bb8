package io.strikeiq.instrument;

import io.strikeiq.event.InstrumentSpec;
import net.openhft.chronicle.map.ChronicleMap;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Instrument id to definition, for the engine's own process. Hot-path lookups ({@link #kind},
 * {@link #strike}, {@link #underlyingId} ...) are plain dense-array reads indexed by id; ids are
 * small positive ints chosen by the feeds. {@link #register} runs on the state-stage thread when
 * a definition event arrives and may allocate (arrays grow to cover the id). Every definition is
 * also written to a persisted Chronicle Map, so another process resolves ids through an
 * {@link InstrumentDirectory} on the same file without a round trip; opening an existing file
 * reloads its definitions. Single writer: only the owning thread calls {@link #register}.
 */
public final class InstrumentRegistry implements AutoCloseable {
    static { io.strikeiq.journal.ChronicleDefaults.apply(); }
    /** Largest id accepted; guards against a corrupt id turning into a giant array. */
    public static final int MAX_INSTRUMENT_ID = (1 << 24) - 1;
    /** Chronicle Map sizing when none is given: the full NSE F&O universe fits. */
    public static final int DEFAULT_EXPECTED_INSTRUMENTS = 1 << 17;

    private static final byte UNREGISTERED = -1;

    private final ChronicleMap<Integer, byte[]> map;
    private final byte[] record = new byte[InstrumentRecord.LENGTH];
    private byte[] kinds = new byte[0];
    private byte[] rights = new byte[0];
    private int[] underlyingIds = new int[0];
    private int[] lotSizes = new int[0];
    private long[] expiries = new long[0];
    private double[] strikes = new double[0];
    private double[] tickSizes = new double[0];
    private double[] strikeSteps = new double[0];
    private InstrumentSpec[] specs = new InstrumentSpec[0];
    private String[] symbols = new String[0];
    private int count;
    private int maxId;

    /** In-memory only: nothing is persisted. */
    public InstrumentRegistry() {
        this(null, DEFAULT_EXPECTED_INSTRUMENTS);
    }

    /** Persisted to {@code file} (null: in-memory only), reloading what the file already holds. */
    public InstrumentRegistry(final Path file) {
        this(file, DEFAULT_EXPECTED_INSTRUMENTS);
    }

    /**
     * @param file Chronicle Map file, created if missing and reloaded if present; null keeps the
     *     registry in memory only
     * @param expectedInstruments sizing of a newly created map (it can grow about 4x beyond)
     */
    public InstrumentRegistry(final Path file, final int expectedInstruments) {
        if (file == null) {
            map = null;
            return;
        }
        map = InstrumentMaps.open(file, expectedInstruments);
        final InstrumentSpec spec = new InstrumentSpec();
        // Hash order is irrelevant here: each record lands in the slot of its own id.
        for (final Map.Entry<Integer, byte[]> e : map.entrySet()) {
            InstrumentRecord.decode(e.getValue(), spec);
            if (spec.instrumentId != e.getKey()) {
                throw new IllegalStateException("instrument map " + file + ": key " + e.getKey()
                    + " holds id " + spec.instrumentId);
            }
            store(spec);
        }
    }

    /**
     * Adds a definition. Registering an id again with an identical spec is a no-op.
     *
     * @return true when the id was new, false when it was already registered identically
     * @throws IllegalArgumentException when the id is out of range, or already registered with a
     *     different spec, or the spec is inconsistent (an option without a finite strike)
     */
    public boolean register(final InstrumentSpec spec) {
        final int id = spec.instrumentId;
        if (id <= 0 || id > MAX_INSTRUMENT_ID) {
            throw new IllegalArgumentException("instrument id " + id + " outside 1.." + MAX_INSTRUMENT_ID);
        }
        if (isRegistered(id)) {
            if (!sameSpec(specs[id], spec)) {
                throw new IllegalArgumentException("instrument id " + id + " already registered as "
                    + specs[id].symbolString() + " with a different definition than " + spec.symbolString());
            }
            return false;
        }
        if (spec.kind == InstrumentSpec.KIND_OPTION) {
            if (!Double.isFinite(spec.strike) || spec.strike <= 0) {
                throw new IllegalArgumentException("option " + id + " has no valid strike: " + spec.strike);
            }
            if (spec.right != InstrumentSpec.RIGHT_CALL && spec.right != InstrumentSpec.RIGHT_PUT) {
                throw new IllegalArgumentException("option " + id + " has no call/put right: " + spec.right);
            }
        }
        if (map != null) {
            InstrumentRecord.encode(spec, record);
            map.put(id, record);
        }
        store(spec);
        return true;
    }

    private void store(final InstrumentSpec spec) {
        final int id = spec.instrumentId;
        ensureCapacity(id);
        final InstrumentSpec copy = new InstrumentSpec();
        copy.copyFrom(spec);
        specs[id] = copy;
        symbols[id] = copy.symbolString();
        kinds[id] = spec.kind;
        rights[id] = spec.right;
        underlyingIds[id] = spec.underlyingId;
        lotSizes[id] = spec.lotSize;
        expiries[id] = spec.expiryNanos;
        strikes[id] = spec.strike;
        tickSizes[id] = spec.tickSize;
        strikeSteps[id] = spec.strikeStep;
        count++;
        maxId = Math.max(maxId, id);
    }

    private void ensureCapacity(final int id) {
        if (id < kinds.length) {
            return;
        }
        int n = Math.max(1024, kinds.length);
        while (n <= id) {
            n <<= 1;
        }
        final int old = kinds.length;
        kinds = Arrays.copyOf(kinds, n);
        Arrays.fill(kinds, old, n, UNREGISTERED);
        rights = Arrays.copyOf(rights, n);
        underlyingIds = Arrays.copyOf(underlyingIds, n);
        lotSizes = Arrays.copyOf(lotSizes, n);
        expiries = Arrays.copyOf(expiries, n);
        strikes = Arrays.copyOf(strikes, n);
        Arrays.fill(strikes, old, n, Double.NaN);
        tickSizes = Arrays.copyOf(tickSizes, n);
        strikeSteps = Arrays.copyOf(strikeSteps, n);
        specs = Arrays.copyOf(specs, n);
        symbols = Arrays.copyOf(symbols, n);
    }

    static boolean sameSpec(final InstrumentSpec a, final InstrumentSpec b) {
        return a.instrumentId == b.instrumentId
            && a.kind == b.kind
            && a.right == b.right
            && a.underlyingId == b.underlyingId
            && a.expiryNanos == b.expiryNanos
            && Double.compare(a.strike, b.strike) == 0
            && a.lotSize == b.lotSize
            && Double.compare(a.tickSize, b.tickSize) == 0
            && Double.compare(a.strikeStep, b.strikeStep) == 0
            && Arrays.equals(a.venue, b.venue)
            && Arrays.equals(a.symbol, b.symbol);
    }

    public boolean isRegistered(final int id) {
        return id > 0 && id < kinds.length && kinds[id] != UNREGISTERED;
    }

    /** {@link InstrumentSpec#KIND_OPTION} etc.; -1 when the id is not registered. */
    public byte kind(final int id) {
        return id > 0 && id < kinds.length ? kinds[id] : UNREGISTERED;
    }

    public byte right(final int id) {
        return rights[id];
    }

    public int underlyingId(final int id) {
        return underlyingIds[id];
    }

    public long expiryNanos(final int id) {
        return expiries[id];
    }

    public double strike(final int id) {
        return strikes[id];
    }

    public int lotSize(final int id) {
        return lotSizes[id];
    }

    public double tickSize(final int id) {
        return tickSizes[id];
    }

    public double strikeStep(final int id) {
        return strikeSteps[id];
    }

    /** The stored definition; treat it as read-only. Null when not registered. */
    public InstrumentSpec spec(final int id) {
        return isRegistered(id) ? specs[id] : null;
    }

    /** Symbol, cached at registration (no allocation). Null when not registered. */
    public String symbol(final int id) {
        return isRegistered(id) ? symbols[id] : null;
    }

    /** Number of registered instruments. */
    public int size() {
        return count;
    }

    /** Highest registered id (0 when empty): ids to scan in order are 1..maxId. */
    public int maxId() {
        return maxId;
    }

    public boolean isPersisted() {
        return map != null;
    }

    @Override
    public void close() {
        if (map != null) {
            map.close();
        }
    }
}
