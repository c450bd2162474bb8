package io.strikeiq.feeds.chain;

import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link ChainSnapshot} into the input events that replay it through the engine, all at
 * the snapshot's time: an {@link EventType#INSTRUMENT_DEFINITION} for the underlying index (id
 * {@link ReplayTerms#firstInstrumentId()}) and for every listed leg (following ids, by expiry, then
 * strike ascending, call before put), a session-open {@link EventType#SESSION} for the underlying,
 * an {@link EventType#UNDERLYING_TICK} index print when the snapshot has the underlying's value,
 * then one {@link EventType#OPTION_TICK} per leg. Sequence numbers are left 0 for the publisher.
 *
 * <p>Ticks follow the engine's conventions: absent prices and IV are NaN, absent OI and volume
 * are -1 (the chain state skips negative counts), IV is per 1.00, OI and volume are contracts
 * (a snapshot in shares is divided by the lot size, which must divide it exactly; a fractional
 * contract count is rejected: restrict the snapshot with {@link ChainSnapshot#restrictTo} to
 * expiries without one), bid/ask
 * quantities are passed as the file gives them (0 when the side is absent). The file's change in
 * OI has no field in an option tick and is not replayed. Option symbols follow the Upstox style,
 * {@code BANKNIFTY 35700 CE 31 MAR 22}. The strike step is the terms' or, if NaN, the GCD of the
 * snapshot's strike gaps; every strike must lie on the grid.
 */
public final class ChainSnapshotEvents {
    private static final DateTimeFormatter SYMBOL_DATE = DateTimeFormatter.ofPattern("dd MMM yy", Locale.ENGLISH);

    private ChainSnapshotEvents() {
    }

    /** The events replaying {@code snapshot} under {@code terms}. */
    public static List<MarketEvent> toEvents(final ChainSnapshot snapshot, final ReplayTerms terms) {
        final double step = strikeStep(snapshot, terms);
        final long t = snapshot.timeNanos();
        final int underlyingId = terms.firstInstrumentId();
        final List<MarketEvent> definitions = new ArrayList<>();
        final List<MarketEvent> ticks = new ArrayList<>();

        final MarketEvent index = event(EventType.INSTRUMENT_DEFINITION, t, underlyingId);
        spec(index.instrument, terms, underlyingId, InstrumentSpec.KIND_INDEX, step).symbol(snapshot.underlying());
        definitions.add(index);

        int id = underlyingId + 1;
        for (final ExpiryChain expiry : snapshot.expiries()) {
            for (final StrikeRow row : expiry.strikes()) {
                for (int side = 0; side < 2; side++) {
                    final OptionQuote q = side == 0 ? row.call() : row.put();
                    if (q == null) {
                        continue;
                    }
                    final boolean call = side == 0;
                    final MarketEvent def = event(EventType.INSTRUMENT_DEFINITION, t, id);
                    final InstrumentSpec s = spec(def.instrument, terms, id, InstrumentSpec.KIND_OPTION, step);
                    s.underlyingId = underlyingId;
                    s.expiryNanos = expiry.expiryNanos();
                    s.strike = row.strike();
                    s.right = call ? InstrumentSpec.RIGHT_CALL : InstrumentSpec.RIGHT_PUT;
                    s.symbol(symbol(snapshot.underlying(), row.strike(), call, expiry.expiryDate()));
                    definitions.add(def);
                    ticks.add(tick(snapshot, expiry, row, call, q, terms.lotSize(), id));
                    id++;
                }
            }
        }
        final List<MarketEvent> out = new ArrayList<>(definitions.size() + ticks.size() + 2);
        out.addAll(definitions);
        final MarketEvent open = event(EventType.SESSION, t, underlyingId);
        open.sessionKind = MarketEvent.SESSION_OPEN;
        out.add(open);
        if (snapshot.hasUnderlyingValue()) {
            final MarketEvent print = event(EventType.UNDERLYING_TICK, t, underlyingId);
            print.tickKind = MarketEvent.TICK_TRADE;
            print.ltp = snapshot.underlyingValue();
            print.size = 0;
            out.add(print);
        }
        out.addAll(ticks);
        return out;
    }

    /** The option symbol used in definitions, e.g. {@code NIFTY 17200 PE 24 MAR 22}. */
    public static String symbol(final String underlying, final double strike, final boolean call, final LocalDate expiry) {
        return underlying + " " + BigDecimal.valueOf(strike).stripTrailingZeros().toPlainString() + (call ? " CE " : " PE ")
            + SYMBOL_DATE.format(expiry).toUpperCase(Locale.ROOT);
    }

    private static MarketEvent tick(final ChainSnapshot snapshot, final ExpiryChain expiry, final StrikeRow row,
                                    final boolean call, final OptionQuote q, final int lot, final int id) {
        final MarketEvent e = event(EventType.OPTION_TICK, snapshot.timeNanos(), id);
        e.ltp = q.ltp();
        e.bid = q.bid();
        e.ask = q.ask();
        e.bidQty = q.has(OptionQuote.BID) ? (long) q.bidQty() : 0;
        e.askQty = q.has(OptionQuote.ASK) ? (long) q.askQty() : 0;
        e.vendorIv = q.impliedVol();
        e.openInterest = q.has(OptionQuote.OI) ? contracts(snapshot, expiry, row, call, "openInterest", q.openInterest(), lot) : -1;
        e.volume = q.has(OptionQuote.VOLUME) ? contracts(snapshot, expiry, row, call, "volume", q.volume(), lot) : -1;
        return e;
    }

    private static long contracts(final ChainSnapshot s, final ExpiryChain expiry, final StrikeRow row,
                                  final boolean call, final String field, final double value, final int lot) {
        final QuantityUnit unit = field.equals("volume") ? s.volumeUnit() : s.oiUnit();
        final double contracts = unit == QuantityUnit.CONTRACTS ? value : value / lot;
        if (contracts != Math.rint(contracts) || contracts >= 0x1p53) {
            throw new ChainFormatException(s.file(), "expiry " + expiry.expiryDate() + " strike " + row.strike()
                + (call ? " call " : " put ") + field, value + (unit == QuantityUnit.CONTRACTS
                    ? " contracts is not a whole number: an option tick carries whole contracts"
                    : " shares is not a whole number of lots of " + lot));
        }
        return (long) contracts;
    }

    private static double strikeStep(final ChainSnapshot snapshot, final ReplayTerms terms) {
        int n = 0;
        for (final ExpiryChain e : snapshot.expiries()) {
            n += e.strikes().size();
        }
        final double[] strikes = new double[n];
        n = 0;
        for (final ExpiryChain e : snapshot.expiries()) {
            for (final StrikeRow r : e.strikes()) {
                strikes[n++] = r.strike();
            }
        }
        final double step = Double.isNaN(terms.strikeStep()) ? StrikeGrid.step(strikes, n) : terms.strikeStep();
        if (Double.isNaN(step)) {
            throw new IllegalArgumentException(snapshot.file() + ": fewer than two strikes, cannot derive a strike step;"
                + " give one in the terms");
        }
        final long stepHundredths = StrikeGrid.hundredths(step);
        for (final ExpiryChain e : snapshot.expiries()) {
            if (e.strikes().isEmpty()) {
                continue;
            }
            final long base = StrikeGrid.hundredths(e.strikes().get(0).strike());
            for (final StrikeRow r : e.strikes()) {
                if ((StrikeGrid.hundredths(r.strike()) - base) % stepHundredths != 0) {
                    throw new IllegalArgumentException(snapshot.file() + ": strike " + r.strike() + " of "
                        + e.expiryDate() + " is not on the " + step + " grid from " + e.strikes().get(0).strike());
                }
            }
        }
        return step;
    }

    private static MarketEvent event(final byte type, final long timeNanos, final int id) {
        return reset(new MarketEvent(), type, timeNanos, id);
    }

    private static MarketEvent reset(final MarketEvent e, final byte type, final long timeNanos, final int id) {
        e.clear();
        e.type = type;
        e.eventTimeNanos = timeNanos;
        e.instrumentId = id;
        return e;
    }

    // ---- single events into a caller's (reused) event, for feeds that build a snapshot's events one by one
    // (ChainFileSource): the same field conventions as toEvents, in one place.

    /** {@code target} becomes the INDEX definition of {@code underlying}. */
    public static void indexDefinition(final MarketEvent target, final long t, final int id, final String underlying,
                                       final String venue, final int lotSize, final double tickSize, final double strikeStep) {
        reset(target, EventType.INSTRUMENT_DEFINITION, t, id);
        final InstrumentSpec s = target.instrument;
        s.clear();
        s.instrumentId = id;
        s.kind = InstrumentSpec.KIND_INDEX;
        s.lotSize = lotSize;
        s.tickSize = tickSize;
        s.strikeStep = strikeStep;
        s.venue(venue);
        s.symbol(underlying);
    }

    /** {@code target} becomes the OPTION definition of one leg (symbol from {@link #symbol}). */
    public static void optionDefinition(final MarketEvent target, final long t, final int id, final int underlyingId,
                                        final String underlying, final LocalDate expiryDate, final long expiryNanos,
                                        final double strike, final boolean call, final String venue, final int lotSize,
                                        final double tickSize, final double strikeStep) {
        reset(target, EventType.INSTRUMENT_DEFINITION, t, id);
        final InstrumentSpec s = target.instrument;
        s.clear();
        s.instrumentId = id;
        s.kind = InstrumentSpec.KIND_OPTION;
        s.lotSize = lotSize;
        s.tickSize = tickSize;
        s.strikeStep = strikeStep;
        s.venue(venue);
        s.underlyingId = underlyingId;
        s.expiryNanos = expiryNanos;
        s.strike = strike;
        s.right = call ? InstrumentSpec.RIGHT_CALL : InstrumentSpec.RIGHT_PUT;
        s.symbol(symbol(underlying, strike, call, expiryDate));
    }

    /** {@code target} becomes a session-open event of the underlying. */
    public static void sessionOpen(final MarketEvent target, final long t, final int underlyingId) {
        reset(target, EventType.SESSION, t, underlyingId);
        target.sessionKind = MarketEvent.SESSION_OPEN;
    }

    /** {@code target} becomes an index print (trade kind, size 0) of the underlying's value. */
    public static void underlyingPrint(final MarketEvent target, final long t, final int underlyingId, final double value) {
        reset(target, EventType.UNDERLYING_TICK, t, underlyingId);
        target.tickKind = MarketEvent.TICK_TRADE;
        target.ltp = value;
        target.size = 0;
    }

    /**
     * {@code target} becomes an option tick: absent prices and IV NaN, absent OI and volume -1,
     * OI and volume in whole contracts, quantities at bid/ask as the file gives them (0 when absent).
     */
    public static void optionTick(final MarketEvent target, final long t, final int id, final double ltp, final double bid,
                                  final double ask, final long bidQty, final long askQty, final double vendorIv,
                                  final long openInterest, final long volume) {
        reset(target, EventType.OPTION_TICK, t, id);
        target.ltp = ltp;
        target.bid = bid;
        target.ask = ask;
        target.bidQty = bidQty;
        target.askQty = askQty;
        target.vendorIv = vendorIv;
        target.openInterest = openInterest;
        target.volume = volume;
    }

    private static InstrumentSpec spec(final InstrumentSpec s, final ReplayTerms terms, final int id, final byte kind,
                                       final double step) {
        s.clear();
        s.instrumentId = id;
        s.kind = kind;
        s.lotSize = terms.lotSize();
        s.tickSize = terms.tickSize();
        s.strikeStep = step;
        s.venue(terms.venue());
        return s;
    }
}
