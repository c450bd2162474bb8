package io.strikeiq.feeds.chain;

import static io.strikeiq.feeds.chain.JsonNumbers.count;
import static io.strikeiq.feeds.chain.JsonNumbers.nonNegative;
import static io.strikeiq.feeds.chain.JsonNumbers.positive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a saved Upstox REST option-chain response ({@code GET /v2/option/chain}):
 * {@code {status, data:[{expiry, pcr, strike_price, underlying_key, underlying_spot_price,
 * call_options:{instrument_key, market_data:{ltp, close_price, volume, oi, bid_price, bid_qty,
 * ask_price, ask_qty, prev_oi}, option_greeks:{vega, theta, gamma, delta, iv, pop}}, put_options}]}}.
 *
 * <p>Units: {@code oi} and {@code volume} are quantities (shares: contracts × lot size), as Upstox
 * reports them; {@code iv} is per cent (loaded per 1.00); a price or IV of 0 means "none" and loads
 * as absent. Every row must name the same underlying key; a (strike, expiry) may appear once;
 * {@code expiry} is an ISO date. A {@code status} other than {@code success} is rejected. The
 * response carries no time of its own, so the snapshot instant comes from the file name, which must
 * end {@code _<yyyy-MM-dd>_<HHmm>[ss].json} (IST, the time it was fetched); without it the file is
 * rejected with a message saying so. The legs' instrument keys ({@code NSE_FO|<token>}) are kept
 * so lot size and expiry can be looked up in the instrument master.
 */
public final class UpstoxOptionChainLoader {
    public static final String FORMAT = "upstox-rest-json";
    private static final Pattern NAME = Pattern.compile(".*_(\\d{4}-\\d{2}-\\d{2})_(\\d{2})(\\d{2})(\\d{2})?\\.json");

    private UpstoxOptionChainLoader() {
    }

    /**
     * One response: the snapshot and the instrument key of every leg.
     *
     * @param snapshot      the chain
     * @param underlyingKey the rows' {@code underlying_key}, e.g. {@code NSE_INDEX|Nifty 50}
     * @param legKeys       instrument key per leg, keyed by {@link #legKey}
     */
    public record Response(ChainSnapshot snapshot, String underlyingKey, Map<String, String> legKeys) {
        /** The instrument key of a leg, or null. */
        public String instrumentKey(final LocalDate expiry, final double strike, final boolean call) {
            return legKeys.get(legKey(expiry, strike, call));
        }
    }

    static String legKey(final LocalDate expiry, final double strike, final boolean call) {
        return expiry + "|" + strike + (call ? "|CE" : "|PE");
    }

    /**
     * Parses {@code text}, the content of {@code fileName}.
     *
     * @param symbolOf the underlying symbol ({@code NIFTY}) of an underlying key, or null when unknown
     */
    public static Response parse(final String text, final String fileName, final UnaryOperator<String> symbolOf) {
        final Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new ChainFormatException(fileName, "(file name)", "an Upstox option-chain response carries no time of its own:"
                + " name the file <name>_<yyyy-MM-dd>_<HHmm>.json with the IST time it was fetched");
        }
        final long timeNanos;
        try {
            timeNanos = IstClock.nanos(LocalDateTime.of(LocalDate.parse(m.group(1)), LocalTime.of(
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)))));
        } catch (final java.time.DateTimeException e) {
            throw new ChainFormatException(fileName, "(file name)", "bad date or time: " + e.getMessage());
        }
        final JsonNode root = JsonNode.parse(text, fileName);
        final JsonNode status = root.optionalField("status");
        if (status != null && !"success".equals(status.asString())) {
            throw status.fail("response status \"" + status.asString() + "\", not success");
        }
        final JsonNode data = root.field("data");
        final Map<LocalDate, TreeMap<Double, StrikeRow>> byExpiry = new TreeMap<>();
        final Map<String, String> keys = new HashMap<>();
        String underlyingKey = null;
        JsonNode underlyingKeyNode = null;
        double spot = Double.NaN;
        for (final JsonNode raw : data.elements()) {
            final JsonNode strikeNode = raw.field("strike_price");
            final double strike = positive(strikeNode);
            final JsonNode expiryNode = raw.field("expiry");
            final LocalDate expiry;
            try {
                expiry = LocalDate.parse(expiryNode.asString());
            } catch (final DateTimeParseException e) {
                throw expiryNode.fail("not an ISO date (yyyy-MM-dd): \"" + expiryNode.asString() + "\"");
            }
            final JsonNode row = raw.withNote("strike " + strikeNode.asNumber().toPlainString() + ", expiry " + expiry);
            final JsonNode keyNode = row.field("underlying_key");
            if (underlyingKey == null) {
                underlyingKey = keyNode.asString();
                underlyingKeyNode = keyNode;
            } else if (!underlyingKey.equals(keyNode.asString())) {
                throw keyNode.fail("underlying key \"" + keyNode.asString() + "\" differs from \"" + underlyingKey + "\" earlier");
            }
            final JsonNode spotNode = row.optionalField("underlying_spot_price");
            if (spotNode != null) {
                final double s = nonNegative(spotNode);
                if (s > 0) {
                    spot = s; // the same on every row of one response; the last one stands
                }
            }
            final TreeMap<Double, StrikeRow> strikes = byExpiry.computeIfAbsent(expiry, k -> new TreeMap<>());
            if (strikes.containsKey(strike)) {
                throw row.fail("strike and expiry appear in more than one row");
            }
            final JsonNode ce = present(row.optionalField("call_options"));
            final JsonNode pe = present(row.optionalField("put_options"));
            if (ce == null && pe == null) {
                throw row.fail("row has neither call_options nor put_options");
            }
            strikes.put(strike, new StrikeRow(strike, ce == null ? null : leg(ce, expiry, strike, true, keys),
                pe == null ? null : leg(pe, expiry, strike, false, keys)));
        }
        if (underlyingKey == null) {
            throw data.fail("no rows: an empty option chain");
        }
        final String symbol = symbolOf.apply(underlyingKey);
        if (symbol == null) {
            throw underlyingKeyNode.fail("no underlying symbol known for \"" + underlyingKey
                + "\": give the instrument master with --instruments FILE");
        }
        final List<ExpiryChain> expiries = new ArrayList<>();
        for (final Map.Entry<LocalDate, TreeMap<Double, StrikeRow>> e : byExpiry.entrySet()) {
            expiries.add(new ExpiryChain(e.getKey(), ExpiryChain.expiryInstant(e.getKey()), new ArrayList<>(e.getValue().values())));
        }
        return new Response(new ChainSnapshot(fileName, FORMAT, symbol, timeNanos, spot, QuantityUnit.SHARES,
            QuantityUnit.SHARES, expiries, null), underlyingKey, Map.copyOf(keys));
    }

    private static JsonNode present(final JsonNode n) {
        return n == null || n.isNull() ? null : n;
    }

    private static OptionQuote leg(final JsonNode leg, final LocalDate expiry, final double strike, final boolean call,
                                   final Map<String, String> keys) {
        final JsonNode keyNode = leg.field("instrument_key");
        if (keyNode.asString().isEmpty()) {
            throw keyNode.fail("empty instrument key");
        }
        keys.put(legKey(expiry, strike, call), keyNode.asString());
        final JsonNode md = leg.field("market_data");
        final double oi = nonNegative(md.field("oi"));
        final double volume = count(md.field("volume"));
        final double ltp = nonNegative(md.field("ltp"));
        final double bid = nonNegative(md.field("bid_price"));
        final double bidQty = count(md.field("bid_qty"));
        final double ask = nonNegative(md.field("ask_price"));
        final double askQty = count(md.field("ask_qty"));
        final JsonNode greeks = present(leg.optionalField("option_greeks"));
        final double ivPercent = greeks == null ? 0 : nonNegative(greeks.field("iv"));
        final JsonNode prevOiNode = md.optionalField("prev_oi");
        final double change = prevOiNode == null ? Double.NaN : oi - nonNegative(prevOiNode);
        int missing = Double.isNaN(change) ? OptionQuote.CHANGE_IN_OI : 0;
        missing |= ivPercent == 0 ? OptionQuote.IV : 0;
        missing |= ltp == 0 ? OptionQuote.LTP : 0;
        missing |= bid == 0 ? OptionQuote.BID : 0;
        missing |= ask == 0 ? OptionQuote.ASK : 0;
        return new OptionQuote(oi, change, volume, ivPercent == 0 ? Double.NaN : ivPercent / 100.0,
            ltp == 0 ? Double.NaN : ltp, bid == 0 ? Double.NaN : bid, bid == 0 ? Double.NaN : bidQty,
            ask == 0 ? Double.NaN : ask, ask == 0 ? Double.NaN : askQty, missing);
    }
}
