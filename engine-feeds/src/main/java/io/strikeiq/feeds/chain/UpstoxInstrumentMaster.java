package io.strikeiq.feeds.chain;

import io.strikeiq.event.InstrumentSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The option contracts of an Upstox instrument master JSON,
 * {@code {timestamp, count, instruments:[{instrument_key, exchange_token, trading_symbol,
 * instrument_type, underlying_symbol, underlying_key, strike_price, expiry, lot_size, tick_size,
 * freeze_quantity, weekly, ...}]}}, and the per-underlying {@link UnderlyingTerms} derived from them.
 *
 * <p><b>Expiry.</b> The master's {@code expiry} is epoch milliseconds of 23:59:59 IST on the
 * expiry date (e.g. {@code 1782844199000} = 2026-06-30T23:59:59+05:30). NSE index options expire
 * at 15:30 IST, so a contract's {@link UpstoxInstrument#expiryNanos()} is 15:30 IST of that date,
 * 8 h 29 min 59 s earlier than the master's number; any other time of day is rejected as a format
 * error rather than guessed at. {@code count} must equal the number of instruments; instrument keys
 * must be unique; every contract of an underlying must share one lot size and tick size.
 * Instruments whose {@code instrument_type} is not {@code CE}/{@code PE} (futures, equities in a
 * full master) are counted in {@link #skipped()} and not read further.
 */
public final class UpstoxInstrumentMaster {
    /** 23:59:59 IST as milliseconds into the UTC day (18:29:59 UTC). */
    static final long MASTER_EXPIRY_MILLIS_OF_DAY = (18L * 3600 + 29 * 60 + 59) * 1000L;

    private final String file;
    private final String timestamp;
    private final List<UpstoxInstrument> instruments;
    private final Map<String, UpstoxInstrument> byKey;
    private final Map<String, UnderlyingTerms> terms;
    private final int skipped;

    private UpstoxInstrumentMaster(final String file, final String timestamp, final List<UpstoxInstrument> instruments,
                                   final Map<String, UpstoxInstrument> byKey, final Map<String, UnderlyingTerms> terms,
                                   final int skipped) {
        this.file = file;
        this.timestamp = timestamp;
        this.instruments = instruments;
        this.byKey = byKey;
        this.terms = terms;
        this.skipped = skipped;
    }

    /** Loads {@code file}. @throws ChainFormatException naming the file and field on any malformation */
    public static UpstoxInstrumentMaster load(final Path file) {
        return parse(ChainFiles.read(file), ChainFiles.name(file));
    }

    /** Parses the JSON {@code text}; {@code fileName} names it in errors. */
    public static UpstoxInstrumentMaster parse(final String text, final String fileName) {
        final JsonNode root = JsonNode.parse(text, fileName);
        final String timestamp = root.field("timestamp").asString();
        final JsonNode countNode = root.field("count");
        final List<JsonNode> raws = root.field("instruments").elements();
        if (countNode.asLong() != raws.size()) {
            throw countNode.fail("count " + countNode.asLong() + " but instruments has " + raws.size() + " entries");
        }
        final List<UpstoxInstrument> list = new ArrayList<>(raws.size());
        final Map<String, UpstoxInstrument> byKey = new HashMap<>();
        int skipped = 0;
        for (final JsonNode raw : raws) {
            final String type = raw.field("instrument_type").asString();
            if (!type.equals("CE") && !type.equals("PE")) {
                skipped++;
                continue;
            }
            final UpstoxInstrument i = instrument(raw.withNote(raw.field("instrument_key").asString()), type);
            if (byKey.put(i.instrumentKey(), i) != null) {
                throw raw.field("instrument_key").fail("instrument key " + i.instrumentKey() + " appears twice");
            }
            list.add(i);
        }
        return new UpstoxInstrumentMaster(fileName, timestamp, List.copyOf(list), byKey, terms(list, fileName), skipped);
    }

    private static UpstoxInstrument instrument(final JsonNode r, final String type) {
        final JsonNode expiryNode = r.field("expiry");
        final long expiryMillis = expiryNode.asLong();
        if (Math.floorMod(expiryMillis, 86_400_000L) != MASTER_EXPIRY_MILLIS_OF_DAY) {
            throw expiryNode.fail("expected epoch ms of 23:59:59 IST, found " + expiryMillis + " ("
                + Instant.ofEpochMilli(expiryMillis) + ")");
        }
        final LocalDate date = LocalDateTime.ofInstant(Instant.ofEpochMilli(expiryMillis), IstClock.IST).toLocalDate();
        final long expiryNanos = IstClock.nanos(LocalDateTime.of(date, LocalTime.of(15, 30)));
        final JsonNode strikeNode = r.field("strike_price");
        final double strike = strikeNode.asDouble();
        if (!(strike > 0) || Double.isInfinite(strike)) {
            throw strikeNode.fail("strike must be positive");
        }
        final JsonNode lotNode = r.field("lot_size");
        final long lot = lotNode.asLong();
        if (lot <= 0 || lot > Integer.MAX_VALUE) {
            throw lotNode.fail("lot size must be a positive int, found " + lot);
        }
        final JsonNode tickNode = r.field("tick_size");
        final double tickPaise = tickNode.asDouble();
        if (!(tickPaise > 0) || Double.isInfinite(tickPaise)) {
            throw tickNode.fail("tick size must be positive");
        }
        final String key = r.field("instrument_key").asString();
        if (key.isEmpty()) {
            throw r.field("instrument_key").fail("empty instrument key");
        }
        return new UpstoxInstrument(key, r.field("exchange_token").asString(), r.field("trading_symbol").asString(),
            r.field("underlying_symbol").asString(), r.field("underlying_key").asString(),
            type.equals("CE") ? InstrumentSpec.RIGHT_CALL : InstrumentSpec.RIGHT_PUT, strike, date, expiryNanos,
            (int) lot, tickPaise / 100.0, r.field("freeze_quantity").asDouble(), r.field("weekly").asBoolean());
    }

    private static Map<String, UnderlyingTerms> terms(final List<UpstoxInstrument> list, final String file) {
        final Map<String, List<UpstoxInstrument>> byUnderlying = new TreeMap<>();
        for (final UpstoxInstrument i : list) {
            byUnderlying.computeIfAbsent(i.underlying(), k -> new ArrayList<>()).add(i);
        }
        final Map<String, UnderlyingTerms> out = new TreeMap<>();
        for (final Map.Entry<String, List<UpstoxInstrument>> e : byUnderlying.entrySet()) {
            final List<UpstoxInstrument> contracts = e.getValue();
            final UpstoxInstrument first = contracts.get(0);
            final TreeSet<LocalDate> expiries = new TreeSet<>();
            final TreeSet<Double> strikes = new TreeSet<>();
            int calls = 0;
            for (final UpstoxInstrument i : contracts) {
                if (i.lotSize() != first.lotSize() || i.tickSize() != first.tickSize()
                    || !i.underlyingKey().equals(first.underlyingKey())) {
                    throw new ChainFormatException(file, "instruments{" + i.instrumentKey() + "}",
                        "lot size " + i.lotSize() + ", tick " + i.tickSize() + ", underlying key " + i.underlyingKey()
                            + " differ from " + first.lotSize() + ", " + first.tickSize() + ", " + first.underlyingKey()
                            + " of " + first.instrumentKey() + " (same underlying " + e.getKey() + ")");
                }
                expiries.add(i.expiryDate());
                strikes.add(i.strike());
                calls += i.right() == InstrumentSpec.RIGHT_CALL ? 1 : 0;
            }
            final double[] k = new double[strikes.size()];
            int n = 0;
            for (final double s : strikes) {
                k[n++] = s;
            }
            out.put(e.getKey(), new UnderlyingTerms(e.getKey(), first.underlyingKey(), first.lotSize(),
                first.tickSize(), StrikeGrid.step(k, n), new ArrayList<>(expiries), new ArrayList<>(strikes),
                calls, contracts.size() - calls));
        }
        return out;
    }

    public String file() {
        return file;
    }

    /** The master's own {@code timestamp} string. */
    public String timestamp() {
        return timestamp;
    }

    /** Option contracts in file order. */
    public List<UpstoxInstrument> instruments() {
        return instruments;
    }

    /** Instruments that are not options and were not read. */
    public int skipped() {
        return skipped;
    }

    /** Underlying symbols, ascending. */
    public List<String> underlyings() {
        return List.copyOf(terms.keySet());
    }

    /** Terms of {@code underlying}. @throws IllegalArgumentException when the master has none */
    public UnderlyingTerms terms(final String underlying) {
        final UnderlyingTerms t = terms.get(underlying);
        if (t == null) {
            throw new IllegalArgumentException(file + " lists no options on " + underlying);
        }
        return t;
    }

    /** The contract with {@code instrumentKey}, or null. */
    public UpstoxInstrument byKey(final String instrumentKey) {
        return byKey.get(instrumentKey);
    }
}
