package io.strikeiq.feeds.chain;

import static io.strikeiq.feeds.chain.JsonNumbers.count;
import static io.strikeiq.feeds.chain.JsonNumbers.nonNegative;
import static io.strikeiq.feeds.chain.JsonNumbers.positive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads a snapshot of NSE's {@code /api/option-chain-indices} JSON:
 * {@code records.{timestamp, underlyingValue, expiryDates[], data[]}} and, when present,
 * {@code filtered.{data[], CE.{totOI,totVol}, PE.{totOI,totVol}}} (NSE's own totals for the nearest
 * expiry, kept as {@link ExchangeTotals}). Each {@code records.data[]} row has {@code strikePrice},
 * {@code expiryDate} and optional {@code CE}/{@code PE} legs, each with {@code strikePrice},
 * {@code expiryDate}, {@code underlying}, {@code openInterest}, {@code changeinOpenInterest},
 * {@code totalTradedVolume}, {@code impliedVolatility}, {@code lastPrice}, {@code bidQty},
 * {@code bidprice}, {@code askQty}, {@code askPrice} (all required; other members are ignored).
 *
 * <p>OI and volume are contracts. Volume and bid/ask quantities must be integers ({@code 12.0} is
 * accepted); OI and its change may be fractional (NSE writes 319.5 lots where a contract's lot size
 * changed after listing); none may be negative except the OI change. A price or volatility of 0 means "none"
 * on this API and loads as absent. The timestamp is IST. A leg must agree with its row on strike
 * and expiry, every row's expiry must be listed in {@code expiryDates}, and a (strike, expiry) may
 * appear once. Every listed expiry yields an {@link ExpiryChain}, possibly empty.
 */
public final class NseOptionChainJsonLoader {
    public static final String FORMAT = "nse-api-json";

    private NseOptionChainJsonLoader() {
    }

    /** Loads {@code file}. @throws ChainFormatException naming the file and field on any malformation */
    public static ChainSnapshot load(final Path file) {
        return parse(ChainFiles.read(file), ChainFiles.name(file));
    }

    /** Parses the JSON {@code text}; {@code fileName} names it in errors. */
    public static ChainSnapshot parse(final String text, final String fileName) {
        final JsonNode root = JsonNode.parse(text, fileName);
        final JsonNode records = root.field("records");
        final JsonNode timestamp = records.field("timestamp");
        final long timeNanos = IstClock.nseTimestamp(timestamp.asString(), fileName, timestamp.path());
        final JsonNode underlyingValueNode = records.optionalField("underlyingValue");
        final double underlyingValue = underlyingValueNode == null ? Double.NaN : positive(underlyingValueNode);

        final Map<LocalDate, TreeMap<Double, StrikeRow>> byExpiry = new TreeMap<>();
        for (final JsonNode d : records.field("expiryDates").elements()) {
            final LocalDate date = IstClock.nseDate(d.asString(), fileName, d.path());
            if (byExpiry.put(date, new TreeMap<>()) != null) {
                throw d.fail("expiry date listed twice");
            }
        }

        String underlying = null;
        for (final JsonNode raw : records.field("data").elements()) {
            final JsonNode strikeNode = raw.field("strikePrice");
            final double strike = positive(strikeNode);
            final String expiryText = raw.field("expiryDate").asString();
            final JsonNode row = raw.withNote("strike " + strikeNode.asNumber().toPlainString() + ", expiry " + expiryText);
            final LocalDate expiry = IstClock.nseDate(expiryText, fileName, row.path() + ".expiryDate");
            final TreeMap<Double, StrikeRow> strikes = byExpiry.get(expiry);
            if (strikes == null) {
                throw new ChainFormatException(fileName, row.path() + ".expiryDate",
                    "expiry " + expiryText + " is not in records.expiryDates");
            }
            if (strikes.containsKey(strike)) {
                throw row.fail("strike and expiry appear in more than one row");
            }
            final JsonNode ce = row.optionalField("CE");
            final JsonNode pe = row.optionalField("PE");
            if (ce == null && pe == null) {
                throw row.fail("row has neither a CE nor a PE leg");
            }
            for (final JsonNode leg : new JsonNode[] {ce, pe}) {
                if (leg == null) {
                    continue;
                }
                if (leg.field("strikePrice").asDouble() != strike) {
                    throw leg.field("strikePrice").fail("leg strike differs from the row's strike");
                }
                if (!leg.field("expiryDate").asString().equals(expiryText)) {
                    throw leg.field("expiryDate").fail("leg expiry differs from the row's expiry");
                }
                final String u = leg.field("underlying").asString();
                if (underlying == null) {
                    underlying = u;
                } else if (!underlying.equals(u)) {
                    throw leg.field("underlying").fail("underlying \"" + u + "\" differs from \"" + underlying
                        + "\" in earlier rows");
                }
            }
            strikes.put(strike, new StrikeRow(strike, ce == null ? null : quote(ce), pe == null ? null : quote(pe)));
        }
        if (underlying == null) {
            throw records.field("data").fail("no option legs: cannot tell the underlying");
        }

        final List<ExpiryChain> expiries = new ArrayList<>(byExpiry.size());
        for (final Map.Entry<LocalDate, TreeMap<Double, StrikeRow>> e : byExpiry.entrySet()) {
            expiries.add(new ExpiryChain(e.getKey(), ExpiryChain.expiryInstant(e.getKey()),
                new ArrayList<>(e.getValue().values())));
        }
        final JsonNode filtered = root.optionalField("filtered");
        final ExchangeTotals totals = filtered == null ? null : totals(filtered, fileName);
        return new ChainSnapshot(fileName, FORMAT, underlying, timeNanos, underlyingValue, QuantityUnit.CONTRACTS,
            QuantityUnit.CONTRACTS, expiries, totals);
    }

    private static ExchangeTotals totals(final JsonNode filtered, final String fileName) {
        LocalDate expiry = null;
        for (final JsonNode row : filtered.field("data").elements()) {
            final JsonNode e = row.field("expiryDate");
            final LocalDate date = IstClock.nseDate(e.asString(), fileName, e.path());
            if (expiry == null) {
                expiry = date;
            } else if (!expiry.equals(date)) {
                throw e.fail("filtered.data mixes expiries " + expiry + " and " + date);
            }
        }
        if (expiry == null) {
            throw filtered.field("data").fail("empty: the totals cover no expiry");
        }
        final JsonNode ce = filtered.field("CE");
        final JsonNode pe = filtered.field("PE");
        return new ExchangeTotals(expiry, nonNegative(ce.field("totOI")), nonNegative(pe.field("totOI")),
            count(ce.field("totVol")), count(pe.field("totVol")));
    }

    private static OptionQuote quote(final JsonNode leg) {
        int missing = 0;
        final double oi = nonNegative(leg.field("openInterest"));
        final double changeInOi = leg.field("changeinOpenInterest").asDouble();
        final double volume = count(leg.field("totalTradedVolume"));
        final double ivPercent = nonNegative(leg.field("impliedVolatility"));
        final double ltp = nonNegative(leg.field("lastPrice"));
        final double bidQty = count(leg.field("bidQty"));
        final double bid = nonNegative(leg.field("bidprice"));
        final double askQty = count(leg.field("askQty"));
        final double ask = nonNegative(leg.field("askPrice"));
        missing |= ivPercent == 0 ? OptionQuote.IV : 0;
        missing |= ltp == 0 ? OptionQuote.LTP : 0;
        missing |= bid == 0 ? OptionQuote.BID : 0;
        missing |= ask == 0 ? OptionQuote.ASK : 0;
        return new OptionQuote(oi, changeInOi, volume,
            ivPercent == 0 ? Double.NaN : ivPercent / 100.0,
            ltp == 0 ? Double.NaN : ltp,
            bid == 0 ? Double.NaN : bid, bid == 0 ? Double.NaN : bidQty,
            ask == 0 ? Double.NaN : ask, ask == 0 ? Double.NaN : askQty,
            missing);
    }
}
