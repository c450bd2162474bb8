package io.strikeiq.feeds.dbn;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes large, realistic, deterministic OHLCV-1m DBN files for benchmarks and tests: CME equity
 * index futures (NQ, ES, …) on Globex hours (Sunday 17:00 to Friday 16:00 America/Chicago with the
 * daily 16:00–17:00 halt; exchange holidays are not modelled) under continuous symbols
 * {@code ROOT.v.0}. The front contract rolls quarterly (H, M, U, Z) eight days before its third-Friday
 * expiry, at 00:00 UTC as Databento's date-ranged mappings do, and the metadata maps each symbol
 * to the contract's instrument id for each range. Prices follow a seeded random walk of an index
 * level plus a carry basis, rounded to the tick; quiet overnight minutes sometimes have no trades
 * and therefore no bar. The same seed and dates always give the same bytes.
 */
public final class OhlcvFileGenerator {
    /** Databento's publisher id for GLBX.MDP3 on CME Globex. */
    public static final int GLBX_PUBLISHER = 1;
    private static final long MINUTE = 60_000_000_000L;
    private static final long TICK_RAW = 250_000_000L; // 0.25 for NQ and ES
    private static final int[] QUARTER_MONTHS = {3, 6, 9, 12};
    private static final String MONTH_CODES = "HMUZ";
    private static final ZoneRules CHICAGO = ZoneId.of("America/Chicago").getRules();

    private final long seed;
    private final LocalDate from;
    private final LocalDate to;
    private final String[] roots;
    private final List<Contract> contracts = new ArrayList<>();

    /** One quarterly contract and the UTC dates during which it is the volume front. */
    public record Contract(String root, String rawSymbol, int instrumentId, LocalDate expiry, int frontFrom,
            int frontUntil) {
    }

    /**
     * @param seed        random seed
     * @param from        first UTC date (inclusive)
     * @param toExclusive last UTC date (exclusive)
     * @param roots       product roots, e.g. {@code "NQ", "ES"}; each becomes {@code ROOT.v.0}
     */
    public OhlcvFileGenerator(final long seed, final LocalDate from, final LocalDate toExclusive, final String... roots) {
        if (!from.isBefore(toExclusive) || roots.length == 0) {
            throw new IllegalArgumentException("need from < to and at least one root");
        }
        this.seed = seed;
        this.from = from;
        this.to = toExclusive;
        this.roots = roots.clone();
        java.util.Arrays.sort(this.roots);
        for (int r = 0; r < this.roots.length; r++) {
            addContracts(this.roots[r]);
        }
    }

    private void addContracts(final String root) {
        LocalDate prevRoll = null;
        for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
            for (int q = 0; q < 4; q++) {
                final LocalDate expiry = LocalDate.of(year, QUARTER_MONTHS[q], 1)
                        .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
                final LocalDate roll = expiry.minusDays(8);
                if (prevRoll != null && roll.isAfter(from) && prevRoll.isBefore(to)) {
                    final LocalDate start = prevRoll.isBefore(from) ? from : prevRoll;
                    final LocalDate end = roll.isAfter(to) ? to : roll;
                    final String raw = root + MONTH_CODES.charAt(q) + (year % 10);
                    // A root's ids do not depend on which other roots share the file: like the venue's
                    // own ids, one contract has one id in every file (storage keys on it).
                    final int id = 100_000 * rootNumber(root) + (year % 100) * 100 + QUARTER_MONTHS[q];
                    contracts.add(new Contract(root, raw, id, expiry, yyyymmdd(start), yyyymmdd(end)));
                }
                prevRoll = roll;
            }
        }
    }

    /** 10 to 99, a function of the root alone. */
    static int rootNumber(final String root) {
        return 10 + Math.floorMod(root.hashCode(), 90);
    }

    private static int yyyymmdd(final LocalDate d) {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** @return the contracts that are front during the range, per root in date order */
    public List<Contract> contracts() {
        return List.copyOf(contracts);
    }

    /** @return the metadata the file will carry: ohlcv-1m, continuous → instrument_id, date-ranged mappings */
    public DbnMetadata metadata(final int version) {
        final List<String> symbols = new ArrayList<>();
        final List<SymbolMapping> mappings = new ArrayList<>();
        for (final String root : roots) {
            final String symbol = root + ".v.0";
            symbols.add(symbol);
            final List<MappingInterval> intervals = new ArrayList<>();
            for (final Contract c : contracts) {
                if (c.root().equals(root)) {
                    intervals.add(new MappingInterval(c.frontFrom(), c.frontUntil(), Integer.toString(c.instrumentId())));
                }
            }
            mappings.add(new SymbolMapping(symbol, intervals));
        }
        return new DbnMetadata(version, "GLBX.MDP3", Schema.OHLCV_1M.id, nanos(from), nanos(to), 0,
                SType.CONTINUOUS.id, SType.INSTRUMENT_ID.id, false,
                version == 1 ? DbnMetadata.SYMBOL_CSTR_LEN_V1 : DbnMetadata.SYMBOL_CSTR_LEN_V2, symbols, List.of(),
                List.of(), mappings, 0, false);
    }

    private static long nanos(final LocalDate d) {
        return d.toEpochDay() * 86_400_000_000_000L;
    }

    /**
     * Writes the file as DBN v3.
     *
     * @return the number of bar records written
     */
    public long write(final Path path, final Compression compression) throws IOException {
        return write(path, compression, DbnMetadata.MAX_VERSION);
    }

    /**
     * Writes the file in DBN {@code version}.
     *
     * @return the number of bar records written
     */
    public long write(final Path path, final Compression compression, final int version) throws IOException {
        final SplittableRandom random = new SplittableRandom(seed);
        final int n = roots.length;
        final double[] level = new double[n];
        final long[] lastClose = new long[n];
        final int[] lastInstrument = new int[n];
        final Contract[] front = new Contract[n];
        for (int r = 0; r < n; r++) {
            level[r] = startLevel(roots[r]) * (0.95 + 0.1 * random.nextDouble());
            lastInstrument[r] = SymbolResolver.NO_INSTRUMENT;
        }
        final long end = nanos(to);
        long offsetHourStart = Long.MIN_VALUE;
        int offsetSeconds = 0;
        try (DbnEncoder out = DbnEncoder.create(path, metadata(version), compression)) {
            for (long t = nanos(from); t < end; t += MINUTE) {
                final long hour = Math.floorDiv(t, 3_600_000_000_000L);
                if (hour != offsetHourStart) {
                    offsetHourStart = hour;
                    offsetSeconds = CHICAGO.getOffset(Instant.ofEpochSecond(hour * 3600)).getTotalSeconds();
                }
                final long localMinutes = Math.floorDiv(t, MINUTE) + offsetSeconds / 60;
                final int minuteOfDay = Math.floorMod(localMinutes, 1440);
                final int dayOfWeek = Math.floorMod(Math.floorDiv(localMinutes, 1440) + 3, 7); // 0 = Monday
                if (!globexOpen(dayOfWeek, minuteOfDay)) {
                    continue;
                }
                final boolean rth = minuteOfDay >= 8 * 60 + 30 && minuteOfDay < 15 * 60 + 15;
                final int date = UtcDate.yyyymmdd(t);
                for (int r = 0; r < n; r++) {
                    final double sigma = rth ? 0.00045 : 0.00018;
                    final double z = (random.nextDouble() + random.nextDouble() + random.nextDouble()
                            + random.nextDouble() - 2.0) * 1.7320508075688772;
                    level[r] *= 1.0 + sigma * z;
                    final double noTrade = random.nextDouble();
                    final double extension = random.nextDouble();
                    final double volumeDraw = random.nextDouble();
                    if (!rth && noTrade < 0.03) {
                        continue; // no trades in this minute: Databento writes no bar
                    }
                    if (front[r] == null || date >= front[r].frontUntil()) {
                        front[r] = front(roots[r], date);
                    }
                    final Contract c = front[r];
                    final long close = contractTicks(level[r], c, t);
                    final long open = c.instrumentId() == lastInstrument[r] ? lastClose[r] : close;
                    final long ext = (long) (extension * (rth ? 6 : 3));
                    final long high = Math.max(open, close) + ext / 2;
                    final long low = Math.min(open, close) - (ext - ext / 2);
                    final long volume = 1 + (long) (volumeDraw * (rth ? 4000 : 400));
                    out.writeOhlcv(RType.OHLCV_1M, GLBX_PUBLISHER, c.instrumentId(), t, open * TICK_RAW,
                            high * TICK_RAW, low * TICK_RAW, close * TICK_RAW, volume);
                    lastClose[r] = close;
                    lastInstrument[r] = c.instrumentId();
                }
            }
            return out.recordsWritten();
        }
    }

    /** Globex equity futures: Sunday 17:00 to Friday 16:00 Chicago, halted 16:00–17:00 daily. */
    static boolean globexOpen(final int dayOfWeek, final int minuteOfDay) {
        final boolean halt = minuteOfDay >= 16 * 60 && minuteOfDay < 17 * 60;
        switch (dayOfWeek) {
            case 5: // Saturday
                return false;
            case 6: // Sunday
                return minuteOfDay >= 17 * 60;
            case 4: // Friday
                return minuteOfDay < 16 * 60;
            default:
                return !halt;
        }
    }

    private Contract front(final String root, final int date) {
        for (final Contract c : contracts) {
            if (c.root().equals(root) && date >= c.frontFrom() && date < c.frontUntil()) {
                return c;
            }
        }
        throw new IllegalStateException("no front contract for " + root + " on " + date);
    }

    /** Contract price in ticks: the index level plus a carry of 5 % a year to expiry. */
    private static long contractTicks(final double level, final Contract c, final long t) {
        final double years = (c.expiry().toEpochDay() * 86_400e9 - t) / (365.0 * 86_400e9);
        return Math.round(level * (1.0 + 0.05 * years) * 4.0);
    }

    private static double startLevel(final String root) {
        switch (root) {
            case "NQ":
                return 17_000.0;
            case "ES":
                return 5_000.0;
            case "YM":
                return 38_000.0;
            default:
                return 2_000.0;
        }
    }
}
