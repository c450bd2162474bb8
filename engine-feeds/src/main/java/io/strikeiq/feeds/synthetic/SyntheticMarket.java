package io.strikeiq.feeds.synthetic;

import io.strikeiq.event.EventSource;
import io.strikeiq.event.EventType;
import io.strikeiq.event.InstrumentSpec;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.math.Black76;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A deterministic, seeded NIFTY-like market: an index, its future and a weekly option chain,
 * generated straight into ring slots without allocating.
 *
 * <p><b>Sequence.</b> One {@link EventType#INSTRUMENT_DEFINITION} per instrument (ids: 1 index,
 * 2 future, options from 3 in the order of {@link SyntheticInstruments}), then a session-open
 * {@link EventType#SESSION} event, then ticks until {@link SyntheticConfig#maxEvents()} events in
 * all. Definitions and the open carry the session-open time; each tick advances event time by an
 * exponential gap of mean {@link SyntheticConfig#meanEventGapNanos()}.
 *
 * <p><b>Model.</b> Every event moves the index by a geometric random walk with volatility
 * {@link SyntheticConfig#spotVol()} in trading time (a year of 252 sessions of 6 h 15 min), and a
 * "sentiment" factor {@code s} by an Ornstein-Uhlenbeck step (mean -0.01, stationary deviation
 * 0.16, mean-reversion time 200,000 events, clamped to [-0.26, 0.21]). Then one tick is drawn:
 * 3 % index prints ({@code UnderlyingTick}, size 0), 7 % future quotes or trades (fair value
 * {@code S e^(r t)}, 1–2 tick spread), 90 % option ticks. Options are picked with weights
 * concentrated around the current ATM strike (a Gaussian of 6 strikes plus a small floor) and
 * 70/30 between the two nearest expiries. Each option tick carries a two-sided quote around the
 * Black-76 value on the forward {@code S e^(r t)} (discounted back to spot) with a smile
 * {@code atmVol * (1 - 0.04 x + 0.003 x^2)}, {@code x = ln(K/F) / (atmVol sqrt t)}, clamped to
 * [0.7, 3] times ATM; spreads widen with distance from ATM and for the later expiry, bids are
 * at least one tick. 35 % of option ticks are trades at or inside the spread that add to the
 * cumulative volume; most trades also move open interest toward a target {@code base(K) e^(-s)}
 * for calls and {@code base(K) e^(s)} for puts, where {@code base} peaks a few strikes out of the
 * money on each side. Total put OI over call OI therefore follows {@code e^(2s)} with a lag and
 * wanders over roughly 0.6–1.5 within a couple of million events. All transcendental functions are
 * {@link StrictMath}, so a seed and a config give the identical event sequence on any JVM.
 *
 * <p><b>Units.</b> Quote sizes, trade sizes, volume and open interest are in contracts (lots), as
 * NSE reports them and as the engines expect (GEX multiplies OI by the lot size); the model keeps
 * them internally in units of the underlying, always whole lots.
 */
public final class SyntheticMarket implements EventSource {
    private static final double NANOS_PER_CALENDAR_YEAR = 365.0 * 86_400e9;
    private static final double NANOS_PER_TRADING_YEAR = 252.0 * 22_500e9;

    private static final double INDEX_SHARE = 0.03;
    private static final double FUTURE_SHARE = 0.07;
    private static final double OPTION_TRADE_SHARE = 0.35;
    private static final double OI_CHANGE_PER_TRADE = 0.6;
    private static final double FUTURE_OI_CHANGE_PER_TRADE = 0.3;

    private static final double SENTIMENT_MEAN = -0.01;
    private static final double SENTIMENT_REVERSION = 1.0 / 200_000;
    private static final double SENTIMENT_STEP = 0.16 * Math.sqrt(2.0 * SENTIMENT_REVERSION);
    private static final double SENTIMENT_MIN = -0.26;
    private static final double SENTIMENT_MAX = 0.21;
    /** Fraction of the gap to its target OI closed by one OI change. */
    private static final double OI_PULL = 0.08;

    private static final double ACTIVITY_WIDTH_STRIKES = 6.0;
    private static final double ACTIVITY_FLOOR = 0.03;
    private static final double NEAR_EXPIRY_ACTIVITY = 0.7;
    private static final double NEAR_EXPIRY_PEAK_OI = 9_000_000.0;

    private final SyntheticConfig config;
    private final SyntheticInstruments chain;
    private final List<InstrumentSpec> instrumentView;
    private final SeededRandom random;
    private final long maxEvents;
    private final double ticksPerUnit;
    private final double tick;
    private final int lot;
    private final double step;
    private final double spotVolPerRootNano;
    private final double rate;

    // Per option leg (index = instrumentId - FIRST_OPTION_ID).
    private final double[] strike;
    private final boolean[] isCall;
    private final int[] expiryIndex;
    private final int[] strikeIndex;
    private final double[] baseOi;
    private final double[] ltp;
    private final long[] volume;
    private final long[] openInterest;
    private final double[] cumulativeWeight;
    private final double[] atmVolByExpiry;
    private int weightsAtmIndex = Integer.MIN_VALUE;

    private long emitted;
    private long now;
    private double spot;
    private double sentiment = SENTIMENT_MEAN;
    private double futureLtp;
    private double futureBid;
    private double futureAsk;
    private long futureVolume;
    private long futureOi;

    public SyntheticMarket(final SyntheticConfig config) {
        this.config = config;
        chain = new SyntheticInstruments(config);
        final List<InstrumentSpec> copies = new ArrayList<>(chain.specs.length);
        for (final InstrumentSpec spec : chain.specs) {
            final InstrumentSpec copy = new InstrumentSpec();
            copy.copyFrom(spec);
            copies.add(copy);
        }
        instrumentView = Collections.unmodifiableList(copies);
        random = new SeededRandom(config.seed());
        maxEvents = config.maxEvents();
        ticksPerUnit = Math.rint(1.0 / config.tickSize());
        tick = 1.0 / ticksPerUnit;
        lot = config.lotSize();
        step = config.strikeStep();
        spotVolPerRootNano = config.spotVol() / Math.sqrt(NANOS_PER_TRADING_YEAR);
        rate = config.rate();
        now = chain.sessionOpenNanos;
        spot = config.initialSpot();

        final int legs = chain.optionCount();
        strike = new double[legs];
        isCall = new boolean[legs];
        expiryIndex = new int[legs];
        strikeIndex = new int[legs];
        baseOi = new double[legs];
        ltp = new double[legs];
        volume = new long[legs];
        openInterest = new long[legs];
        cumulativeWeight = new double[legs];
        atmVolByExpiry = new double[config.expiries()];
        for (int e = 0; e < atmVolByExpiry.length; e++) {
            atmVolByExpiry[e] = e == 0 ? config.atmVol() : config.farAtmVol();
        }
        final int atmIndex = config.strikesEachSide();
        for (int leg = 0; leg < legs; leg++) {
            final InstrumentSpec spec = chain.specs[leg + SyntheticInstruments.FIRST_OPTION_ID - 1];
            strike[leg] = spec.strike;
            isCall[leg] = spec.right == InstrumentSpec.RIGHT_CALL;
            expiryIndex[leg] = leg / (2 * chain.strikeCount);
            strikeIndex[leg] = (leg / 2) % chain.strikeCount;
            // Strikes out of the money on the leg's side, in strikes: calls above, puts below.
            final double otm = isCall[leg] ? strikeIndex[leg] - atmIndex : atmIndex - strikeIndex[leg];
            final double z = (otm - 3.0) / 9.0;
            final double peak = NEAR_EXPIRY_PEAK_OI / (1 << expiryIndex[leg]);
            baseOi[leg] = peak * (0.08 + StrictMath.exp(-0.5 * z * z));
            openInterest[leg] = roundToLots(targetOi(leg) * (1.0 + 0.1 * random.nextGaussian()));
            ltp[leg] = Math.max(tick, roundToTick(fairValue(leg)));
        }
        futureLtp = roundToTick(futureFair());
        futureBid = futureLtp - tick;
        futureAsk = futureLtp;
        futureOi = 200_000L * lot;
    }

    @Override
    public int poll(final MarketEvent slot) {
        if (emitted >= maxEvents) {
            return END;
        }
        final int definitions = chain.specs.length;
        if (emitted < definitions) {
            final InstrumentSpec spec = chain.specs[(int) emitted];
            slot.type = EventType.INSTRUMENT_DEFINITION;
            slot.eventTimeNanos = now;
            slot.instrumentId = spec.instrumentId;
            slot.instrument.copyFrom(spec);
        } else if (emitted == definitions) {
            slot.type = EventType.SESSION;
            slot.eventTimeNanos = now;
            slot.instrumentId = SyntheticInstruments.INDEX_ID;
            slot.sessionKind = MarketEvent.SESSION_OPEN;
        } else {
            advance();
            slot.eventTimeNanos = now;
            final double u = random.nextDouble();
            if (u < INDEX_SHARE) {
                indexPrint(slot);
            } else if (u < INDEX_SHARE + FUTURE_SHARE) {
                futureTick(slot);
            } else {
                optionTick(slot);
            }
        }
        emitted++;
        return FILLED;
    }

    /** The config this market was built from. */
    public SyntheticConfig config() {
        return config;
    }

    /** Every instrument, in definition order (copies: changing them does not change the market). */
    public List<InstrumentSpec> instruments() {
        return instrumentView;
    }

    /** Id of the index (the options' underlying). */
    public int underlyingId() {
        return SyntheticInstruments.INDEX_ID;
    }

    /** Id of the index future. */
    public int futureId() {
        return SyntheticInstruments.FUTURE_ID;
    }

    /** Id of the first option; options are {@code firstOptionId() .. firstOptionId() + optionCount() - 1}. */
    public int firstOptionId() {
        return SyntheticInstruments.FIRST_OPTION_ID;
    }

    public int optionCount() {
        return chain.optionCount();
    }

    /** Session open, ns since the epoch (UTC): the time of the definitions and the open event. */
    public long sessionOpenNanos() {
        return chain.sessionOpenNanos;
    }

    /** Option expiry instant of expiry {@code index} (0 = nearest), ns since the epoch (UTC). */
    public long expiryNanos(final int index) {
        return chain.expiryNanos[index];
    }

    /** Events handed out so far. */
    public long eventsEmitted() {
        return emitted;
    }

    private void advance() {
        final long gap = (long) (config.meanEventGapNanos() * random.nextExponential());
        now += gap;
        final double sd = spotVolPerRootNano * Math.sqrt((double) gap);
        spot *= StrictMath.exp(sd * random.nextGaussian() - 0.5 * sd * sd);
        final double s = sentiment + SENTIMENT_REVERSION * (SENTIMENT_MEAN - sentiment)
            + SENTIMENT_STEP * random.nextGaussian();
        sentiment = Math.min(SENTIMENT_MAX, Math.max(SENTIMENT_MIN, s));
    }

    private void indexPrint(final MarketEvent slot) {
        slot.type = EventType.UNDERLYING_TICK;
        slot.instrumentId = SyntheticInstruments.INDEX_ID;
        slot.tickKind = MarketEvent.TICK_TRADE;
        slot.ltp = roundToTick(spot);
        slot.size = 0;
    }

    private void futureTick(final MarketEvent slot) {
        final long fairTicks = (long) Math.floor(futureFair() * ticksPerUnit);
        final long bidTicks = fairTicks - random.nextInt(2);
        futureBid = bidTicks / ticksPerUnit;
        futureAsk = (bidTicks + 1 + random.nextInt(2)) / ticksPerUnit;
        slot.type = EventType.UNDERLYING_TICK;
        slot.instrumentId = SyntheticInstruments.FUTURE_ID;
        slot.bid = futureBid;
        slot.ask = futureAsk;
        slot.bidQty = 1 + random.nextInt(40);
        slot.askQty = 1 + random.nextInt(40);
        if (random.nextDouble() < 0.5) {
            final long size = (long) (1 + random.nextInt(20)) * lot;
            futureLtp = random.nextDouble() < 0.5 ? futureBid : futureAsk;
            futureVolume += size;
            if (random.nextDouble() < FUTURE_OI_CHANGE_PER_TRADE) {
                futureOi = Math.max(0L, futureOi + Math.round(10.0 * random.nextGaussian()) * lot);
            }
            slot.tickKind = MarketEvent.TICK_TRADE;
            slot.size = size / lot;
        } else {
            slot.tickKind = MarketEvent.TICK_QUOTE;
            slot.size = 0;
        }
        slot.ltp = futureLtp;
        slot.volume = futureVolume / lot;
        slot.openInterest = futureOi / lot;
    }

    private void optionTick(final MarketEvent slot) {
        final int atmIndex = atmStrikeIndex();
        if (atmIndex != weightsAtmIndex) {
            rebuildWeights(atmIndex);
        }
        final int leg = pickLeg(random.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1]);
        final double fair = fairValue(leg);
        final int distance = Math.abs(strikeIndex[leg] - atmIndex);
        final double halfSpread = fair * (0.003 + 0.0012 * distance) * (expiryIndex[leg] == 0 ? 1.0 : 1.5);
        long bidTicks = (long) Math.floor((fair - halfSpread) * ticksPerUnit);
        long askTicks = (long) Math.ceil((fair + halfSpread) * ticksPerUnit);
        if (bidTicks < 1) {
            bidTicks = 1;
        }
        if (askTicks <= bidTicks) {
            askTicks = bidTicks + 1;
        }
        final double bid = bidTicks / ticksPerUnit;
        final double ask = askTicks / ticksPerUnit;
        final int depthLots = distance < 10 ? 60 : 15;

        slot.type = EventType.OPTION_TICK;
        slot.instrumentId = leg + SyntheticInstruments.FIRST_OPTION_ID;
        slot.bid = bid;
        slot.ask = ask;
        slot.bidQty = 1 + random.nextInt(depthLots);
        slot.askQty = 1 + random.nextInt(depthLots);
        if (random.nextDouble() < OPTION_TRADE_SHARE) {
            ltp[leg] = (bidTicks + random.nextInt((int) (askTicks - bidTicks) + 1)) / ticksPerUnit;
            volume[leg] += (long) (1 + random.nextInt(depthLots / 2)) * lot;
            if (random.nextDouble() < OI_CHANGE_PER_TRADE) {
                final double pullLots = OI_PULL * (targetOi(leg) - openInterest[leg]) / lot;
                final long changeLots = Math.round(pullLots + 4.0 * random.nextGaussian());
                openInterest[leg] = Math.max(0L, openInterest[leg] + changeLots * lot);
            }
        }
        slot.ltp = ltp[leg];
        slot.volume = volume[leg] / lot;
        slot.openInterest = openInterest[leg] / lot;
    }

    /** Premium at spot: Black-76 on the forward, discounted by the same carry (F e^(-r t) = S). */
    private double fairValue(final int leg) {
        final double t = yearsTo(chain.expiryNanos[expiryIndex[leg]]);
        final double forward = spot * StrictMath.exp(rate * t);
        final double atmVol = atmVolByExpiry[expiryIndex[leg]];
        double vol = atmVol;
        if (t > 0.0) {
            final double x = StrictMath.log(strike[leg] / forward) / (atmVol * Math.sqrt(t));
            vol = atmVol * Math.min(3.0, Math.max(0.7, 1.0 - 0.04 * x + 0.003 * x * x));
        }
        return Black76.price(isCall[leg], forward, strike[leg], t, vol) * (spot / forward);
    }

    private double futureFair() {
        return spot * StrictMath.exp(rate * yearsTo(chain.futureExpiryNanos));
    }

    private double targetOi(final int leg) {
        final double tilt = StrictMath.exp(isCall[leg] ? -sentiment : sentiment);
        return baseOi[leg] * tilt;
    }

    private int atmStrikeIndex() {
        final long index = Math.round((spot - chain.lowestStrike) / step);
        return (int) Math.max(0L, Math.min(chain.strikeCount - 1L, index));
    }

    private void rebuildWeights(final int atmIndex) {
        double total = 0.0;
        for (int leg = 0; leg < cumulativeWeight.length; leg++) {
            final double z = (strikeIndex[leg] - atmIndex) / ACTIVITY_WIDTH_STRIKES;
            final double expiryShare = expiryIndex[leg] == 0 ? NEAR_EXPIRY_ACTIVITY
                : (1.0 - NEAR_EXPIRY_ACTIVITY) / (atmVolByExpiry.length - 1);
            total += expiryShare * (ACTIVITY_FLOOR + StrictMath.exp(-0.5 * z * z));
            cumulativeWeight[leg] = total;
        }
        weightsAtmIndex = atmIndex;
    }

    /** First leg whose cumulative weight exceeds {@code target} (binary search). */
    private int pickLeg(final double target) {
        int lo = 0;
        int hi = cumulativeWeight.length - 1;
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (cumulativeWeight[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private double yearsTo(final long expiry) {
        return expiry > now ? (expiry - now) / NANOS_PER_CALENDAR_YEAR : 0.0;
    }

    private double roundToTick(final double price) {
        return Math.rint(price * ticksPerUnit) / ticksPerUnit;
    }

    private long roundToLots(final double units) {
        return Math.max(0L, Math.round(units / lot)) * lot;
    }
}
