package io.strikeiq.bars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The UTC offsets of each {@link SessionAlignment}, read from the project's pinned table
 * ({@code exchange-offsets.txt} beside this class) instead of the JDK's tzdata, so a JDK update
 * cannot move a session boundary. The table is a list of (alignment, from-instant, offset) rows
 * and one {@code range} row bounding the instants it covers; a time outside the range is an
 * error, never a guess. Built once at class load; lookups do not allocate.
 */
public final class ExchangeOffsets {
    static final String RESOURCE = "exchange-offsets.txt";
    private static final ExchangeOffsets PINNED = loadPinned();

    private final long firstSecond;
    private final long endSecond;
    private final long[][] fromSeconds;
    private final int[][] offsetSeconds;

    private ExchangeOffsets(final long firstSecond, final long endSecond, final long[][] fromSeconds,
                            final int[][] offsetSeconds) {
        this.firstSecond = firstSecond;
        this.endSecond = endSecond;
        this.fromSeconds = fromSeconds;
        this.offsetSeconds = offsetSeconds;
    }

    /** The table shipped with the engine. */
    public static ExchangeOffsets pinned() {
        return PINNED;
    }

    /** First UTC second the table covers (inclusive). */
    public long firstSecond() {
        return firstSecond;
    }

    /** UTC second at which the table's coverage ends (exclusive). */
    public long endSecond() {
        return endSecond;
    }

    /** Number of rows (the first offset plus each change) of an alignment. */
    public int rows(final SessionAlignment alignment) {
        return fromSeconds[alignment.ordinal()].length;
    }

    /** UTC second from which row {@code i} of an alignment is in force. */
    public long rowFromSecond(final SessionAlignment alignment, final int i) {
        return fromSeconds[alignment.ordinal()][i];
    }

    /** UTC offset in seconds of row {@code i} of an alignment. */
    public int rowOffsetSeconds(final SessionAlignment alignment, final int i) {
        return offsetSeconds[alignment.ordinal()][i];
    }

    /** The offset in force at UTC second {@code utcSecond}; outside the table's range an error. */
    public int offsetAt(final SessionAlignment alignment, final long utcSecond) {
        if (utcSecond < firstSecond || utcSecond >= endSecond) {
            throw outside(utcSecond);
        }
        final long[] from = fromSeconds[alignment.ordinal()];
        int i = Arrays.binarySearch(from, utcSecond);
        if (i < 0) {
            i = -i - 2;
        }
        return offsetSeconds[alignment.ordinal()][i];
    }

    /**
     * The UTC second of a local wall-clock second ({@code localSecond} counted from 1970-01-01T00:00
     * local). A local time that occurs twice or never (inside a change) is refused: no session of
     * the shipped alignments starts inside one, which {@code ExchangeOffsetsTest} proves.
     */
    public long utcOfLocal(final SessionAlignment alignment, final long localSecond) {
        final int[] offsets = offsetSeconds[alignment.ordinal()];
        long found = Long.MIN_VALUE;
        int matches = 0;
        int tried = Integer.MIN_VALUE;
        for (final int o : offsets) {
            if (o == tried) {
                continue;
            }
            tried = o;
            final long utc = localSecond - o;
            if (utc >= firstSecond && utc < endSecond && offsetAt(alignment, utc) == o && utc != found) {
                found = utc;
                matches++;
            }
        }
        if (matches == 1) {
            return found;
        }
        if (matches == 0 && (localSecond - offsets[0] < firstSecond || localSecond - offsets[0] >= endSecond)) {
            throw outside(localSecond - offsets[0]);
        }
        throw new IllegalArgumentException(alignment + " local time " + Instant.ofEpochSecond(localSecond)
            .toString().replace("Z", "") + (matches == 0 ? " does not exist" : " occurs twice")
            + " (an offset change in the pinned table)");
    }

    private IllegalArgumentException outside(final long utcSecond) {
        return new IllegalArgumentException("time " + Instant.ofEpochSecond(utcSecond)
            + " is outside the pinned session table (" + Instant.ofEpochSecond(firstSecond) + " to "
            + Instant.ofEpochSecond(endSecond) + ", " + RESOURCE + ")");
    }

    private static ExchangeOffsets loadPinned() {
        try (InputStream in = ExchangeOffsets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the pinned session table " + RESOURCE + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.US_ASCII), RESOURCE);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read the pinned session table " + RESOURCE, e);
        }
    }

    /** Parses a table; {@code name} is used in the error, which names the line. */
    static ExchangeOffsets parse(final Reader text, final String name) throws IOException {
        final int n = SessionAlignment.values().length;
        final List<List<long[]>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new ArrayList<>());
        }
        long first = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        final BufferedReader lines = new BufferedReader(text);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            final String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            final String[] f = t.split("\\s+");
            try {
                if (f.length != 3) {
                    throw new IllegalArgumentException("expected 3 fields, got " + f.length);
                }
                if (f[0].equals("range")) {
                    first = Instant.parse(f[1]).getEpochSecond();
                    end = Instant.parse(f[2]).getEpochSecond();
                    continue;
                }
                final SessionAlignment a = SessionAlignment.parse(f[0]);
                final long from = Instant.parse(f[1]).getEpochSecond();
                final List<long[]> list = rows.get(a.ordinal());
                if (!list.isEmpty() && list.get(list.size() - 1)[0] >= from) {
                    throw new IllegalArgumentException("rows of " + a + " must be in increasing time order");
                }
                list.add(new long[] {from, ZoneOffset.of(f[2]).getTotalSeconds()});
            } catch (final IllegalArgumentException | DateTimeException e) {
                throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage() + ": \"" + t + "\"");
            }
        }
        if (first == Long.MIN_VALUE || end <= first) {
            throw new IllegalArgumentException(name + ": no valid 'range FROM END' row");
        }
        final long[][] from = new long[n][];
        final int[][] offsets = new int[n][];
        for (final SessionAlignment a : SessionAlignment.values()) {
            final List<long[]> list = rows.get(a.ordinal());
            if (list.isEmpty() || list.get(0)[0] > first) {
                throw new IllegalArgumentException(name + ": " + a + " has no offset from the start of the range");
            }
            from[a.ordinal()] = list.stream().mapToLong(r -> r[0]).toArray();
            offsets[a.ordinal()] = list.stream().mapToInt(r -> (int) r[1]).toArray();
        }
        return new ExchangeOffsets(first, end, from, offsets);
    }
}
