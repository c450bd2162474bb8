package io.strikeiq.analytics;

import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.Signal;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.signal.SignalType;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;

import java.util.Arrays;

/**
 * Max pain per (underlying, expiry): the listed strike K* at which option holders' total
 * intrinsic value, Σ callOI·max(0, K* − K) + putOI·max(0, K − K*), is smallest; ties go to the
 * lowest strike. Kept incrementally per chain in a {@link MaxPainBook} from the OI of the leg each
 * tick touched. Emits {@code MAX_PAIN_SHIFT} when K* differs from the last strike signalled for
 * the chain (the first defined K* included, with value2 NaN), at most once per event-time debounce
 * window per chain; a held-back shift fires at the next evaluation or timer after the window.
 * value1 = new strike, value2 = old strike, value3 = pain at K* in currency (contracts × points ×
 * lot), value4 = pain at the old strike in currency.
 */
public final class MaxPainEngine implements AnalyticsEngine {
    private final MarketState state;
    private final MaxPainConfig config;
    private final EventTimeDebounce debounce;
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private final ChainRecovery.Rebuild rebuildBook = this::rebuildBook;
    private MaxPainBook[] books = new MaxPainBook[0];
    private double[] published = new double[0];
    private int chains;

    public MaxPainEngine(final MarketState state, final MaxPainConfig config) {
        this.state = state;
        this.config = config;
        this.debounce = new EventTimeDebounce(config.debounceNanos(), 1);
    }

    @Override
    public void onEvent(final MarketEvent event, final SignalSink sink) {
        track();
        if (event.type != EventType.OPTION_TICK) {
            return;
        }
        final int c = state.chainIndexOf(event.instrumentId);
        if (c < 0 || c >= chains) {
            return;
        }
        final ChainState chain = state.chain(c);
        final MaxPainBook book = books[c];
        final boolean changed;
        if (!book.isCurrent(chain)) {
            book.rebuild(chain, leg);
            changed = true;
        } else {
            final int slot = state.slotOf(event.instrumentId);
            final int side = state.sideOf(event.instrumentId);
            changed = book.update(slot, side, chain.leg(slot, side, leg).oi());
        }
        if (changed) {
            maybePublish(c, event.eventTimeNanos, sink);
        }
    }

    /** Rebuilds the book of the event's chain (of every chain after a timer) from the chain's legs. */
    @Override
    public void recover(final MarketEvent event) {
        track();
        ChainRecovery.rebuild(state, event, chains, false, rebuildBook);
    }

    private void rebuildBook(final int c) {
        books[c].rebuild(state.chain(c), leg);
    }

    /** Releases shifts held back by the debounce once their window has passed. */
    @Override
    public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        track();
        for (int c = 0; c < chains; c++) {
            maybePublish(c, eventTimeNanos, sink);
        }
    }

    private void maybePublish(final int c, final long eventTimeNanos, final SignalSink sink) {
        final MaxPainBook book = books[c];
        if (book.totalOi() < config.minTotalOi() || book.totalOi() == 0 || !state.chain(c).oiComplete()) {
            return;
        }
        final double strike = book.maxPainStrike();
        final double old = published[c];
        if (Double.isNaN(strike) || strike == old || !debounce.allows(c, 0, eventTimeNanos)) {
            return;
        }
        debounce.record(c, 0, eventTimeNanos);
        published[c] = strike;
        final ChainState chain = state.chain(c);
        final double toCurrency = book.step() * chain.lotSize();
        final double newPain = book.minPainSteps() * toCurrency;
        final long oldSteps = book.painStepsAt(old);
        final double oldPain = oldSteps < 0 ? Double.NaN : oldSteps * toCurrency;
        final Signal s = sink.next(EngineId.MAX_PAIN, SignalType.MAX_PAIN_SHIFT);
        s.underlyingId = chain.underlyingId();
        s.expiryNanos = chain.expiryNanos();
        if (Double.isNaN(old)) {
            s.direction = 0;
            s.strength = 0;
        } else {
            s.direction = (byte) (strike > old ? 1 : -1);
            s.strength = Math.min(1.0, Math.abs(strike - old) / (config.fullStrengthSteps() * book.step()));
        }
        s.confidence = oldPain > 0 ? (oldPain - newPain) / oldPain : 0;
        s.value1 = strike;
        s.value2 = old;
        s.value3 = newPain;
        s.value4 = oldPain;
    }

    private void track() {
        final int n = state.chainCount();
        if (n == chains) {
            return;
        }
        if (n > books.length) {
            final int old = books.length;
            final int cap = Math.max(n, old * 2);
            books = Arrays.copyOf(books, cap);
            published = Arrays.copyOf(published, cap);
            Arrays.fill(published, old, cap, Double.NaN);
            for (int i = old; i < cap; i++) {
                books[i] = new MaxPainBook();
            }
            debounce.ensureKeys(cap);
        }
        chains = n;
    }

    /** Current max-pain strike of the chain (NaN while undefined: nothing listed or OI below the minimum). */
    public double chainMaxPain(final int chainIndex) {
        if (chainIndex < 0 || chainIndex >= chains || books[chainIndex].totalOi() < config.minTotalOi()
            || books[chainIndex].totalOi() == 0) {
            return Double.NaN;
        }
        return books[chainIndex].maxPainStrike();
    }

    /** Current max-pain strike of (underlying, expiry); NaN while undefined. */
    public double maxPain(final int underlyingId, final long expiryNanos) {
        return chainMaxPain(state.chainIndex(underlyingId, expiryNanos));
    }

    /** Holders' total intrinsic value at the max-pain strike, in currency; NaN while undefined. */
    public double chainMinPain(final int chainIndex) {
        if (Double.isNaN(chainMaxPain(chainIndex))) {
            return Double.NaN;
        }
        final MaxPainBook book = books[chainIndex];
        return book.minPainSteps() * book.step() * state.chain(chainIndex).lotSize();
    }

    /** Strike last signalled for the chain (NaN before the first signal). */
    public double publishedMaxPain(final int chainIndex) {
        return chainIndex >= 0 && chainIndex < chains ? published[chainIndex] : Double.NaN;
    }

    public MaxPainConfig config() {
        return config;
    }
}
