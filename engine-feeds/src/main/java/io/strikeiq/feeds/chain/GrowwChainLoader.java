package io.strikeiq.feeds.chain;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a day of Groww option-chain polls: a flat JSON array of
 * {@code {date, Inst, strike:"<strike>CE|PE", lastprice, oi}} records, {@code date} an ISO-8601
 * UTC instant. Records are grouped by {@code date} into one {@link ChainSnapshot} per poll,
 * ascending in time; each has one expiry (not recorded in the file: the caller supplies it), OI in
 * shares and LTP, and nothing else (no underlying value, volume, quotes or IV). {@code Inst} must
 * be the same on every record; a lastprice of 0 loads as absent. A strike and right may appear
 * once per poll.
 */
public final class GrowwChainLoader {
    public static final String FORMAT = "groww-json";
    private static final Pattern STRIKE = Pattern.compile("(\\d+(?:\\.\\d+)?)(CE|PE)");

    private GrowwChainLoader() {
    }

    /** Loads {@code file}, a chain of {@code underlying} expiring on {@code expiry}. */
    public static List<ChainSnapshot> load(final Path file, final String underlying, final LocalDate expiry) {
        return parse(ChainFiles.read(file), ChainFiles.name(file), underlying, expiry);
    }

    /** Parses JSON {@code text}; {@code fileName} names it in errors. */
    public static List<ChainSnapshot> parse(
        final String text, final String fileName, final String underlying, final LocalDate expiry) {
        final JsonNode root = JsonNode.parse(text, fileName);
        // time -> strike -> {call, put}
        final Map<Long, TreeMap<Double, OptionQuote[]>> polls = new TreeMap<>();
        String inst = null;
        for (final JsonNode raw : root.elements()) {
            final JsonNode strikeNode = raw.field("strike");
            final JsonNode r = raw.withNote(strikeNode.asString());
            final JsonNode dateNode = r.field("date");
            final long timeNanos;
            try {
                final Instant t = Instant.parse(dateNode.asString());
                timeNanos = t.getEpochSecond() * 1_000_000_000L + t.getNano();
            } catch (final DateTimeParseException e) {
                throw dateNode.fail("not an ISO-8601 instant: \"" + dateNode.asString() + "\"");
            }
            final String i = r.field("Inst").asString();
            if (inst == null) {
                inst = i;
            } else if (!inst.equals(i)) {
                throw r.field("Inst").fail("instrument code \"" + i + "\" differs from \"" + inst + "\" earlier");
            }
            final Matcher m = STRIKE.matcher(strikeNode.asString());
            if (!m.matches()) {
                throw strikeNode.fail("expected <strike>CE or <strike>PE, found \"" + strikeNode.asString() + "\"");
            }
            final double strike = Double.parseDouble(m.group(1));
            if (!(strike > 0)) {
                throw strikeNode.fail("strike must be positive");
            }
            final JsonNode ltpNode = r.field("lastprice");
            final double ltp = ltpNode.asDouble();
            if (!(ltp >= 0) || Double.isInfinite(ltp)) {
                throw ltpNode.fail("expected a non-negative price, found " + ltpNode.asNumber().toPlainString());
            }
            final JsonNode oiNode = r.field("oi");
            final long oi = oiNode.asLong();
            if (oi < 0) {
                throw oiNode.fail("negative open interest " + oi);
            }
            final OptionQuote q = new OptionQuote(oi, Double.NaN, Double.NaN, Double.NaN,
                ltp == 0 ? Double.NaN : ltp, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                OptionQuote.ALL & ~OptionQuote.OI & ~(ltp == 0 ? 0 : OptionQuote.LTP));
            final OptionQuote[] legs = polls.computeIfAbsent(timeNanos, k -> new TreeMap<>())
                .computeIfAbsent(strike, k -> new OptionQuote[2]);
            final int side = m.group(2).equals("CE") ? 0 : 1;
            if (legs[side] != null) {
                throw r.fail("strike and right appear twice in the poll at " + dateNode.asString());
            }
            legs[side] = q;
        }
        if (polls.isEmpty()) {
            throw root.fail("no records");
        }
        final List<ChainSnapshot> out = new ArrayList<>(polls.size());
        for (final Map.Entry<Long, TreeMap<Double, OptionQuote[]>> poll : polls.entrySet()) {
            final List<StrikeRow> rows = new ArrayList<>(poll.getValue().size());
            for (final Map.Entry<Double, OptionQuote[]> s : poll.getValue().entrySet()) {
                rows.add(new StrikeRow(s.getKey(), s.getValue()[0], s.getValue()[1]));
            }
            out.add(new ChainSnapshot(fileName, FORMAT, underlying, poll.getKey(), Double.NaN, QuantityUnit.SHARES,
                QuantityUnit.CONTRACTS,                 List.of(new ExpiryChain(expiry, ExpiryChain.expiryInstant(expiry), rows)), null));
        }
        return List.copyOf(out);
    }
}
