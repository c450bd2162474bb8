package io.strikeiq.feeds.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.event.EventType;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.signal.SignalBuffer;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays every NSE snapshot file once through the chain state and {@link LegDerivation} and
 * counts the legs with a price (two-sided quote or last trade) that end with an IV; then replays
 * the same option ticks a second time, when every chain's forward exists before any leg ticks.
 * Legs left without an IV only because they ticked before their chain had a forward would show
 * up as a gap between the two counts; the test asserts there is none. Prints the shares. Run:
 * {@code mvn -B -pl engine-feeds -am test -Dtest=ChainIvCoverageTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ChainIvCoverageTest {
    /** Lot 1 divides every file's OI; IV does not depend on the lot. Strike step from the strikes' GCD. */
    private static final ReplayTerms TERMS = new ReplayTerms(1, "NSE", 1, 0.05, Double.NaN);

    @Test
    void nseApiJsonLegsAllGetTheirIvInOnePass() {
        final Coverage total = new Coverage();
        for (final Path f : ChainTestData.files("nse/nse_api_json", ".json")) {
            total.add(f.getFileName().toString(), ChainSnapshotEvents.toEvents(replayable(NseOptionChainJsonLoader.load(f)), TERMS));
        }
        total.check("NSE API JSON");
    }

    @Test
    void nseLegacyCsvLegsAllGetTheirIvInOnePass() {
        final Coverage total = new Coverage();
        for (final Path f : NseLegacyCsvLoaderTest.allFiles()) {
            total.add(f.getFileName().toString(),
                ChainSnapshotEvents.toEvents(NseLegacyCsvLoader.load(f, NseLegacyCsvLoaderTest.expiryOf(f)), TERMS));
        }
        total.check("NSE 2019 CSV");
    }

    /**
     * The snapshot without the expiries that cannot be replayed (NIFTY_2022-03-24 has OI in fractional
     * contracts on some far expiries, which an option tick cannot carry).
     */
    private static ChainSnapshot replayable(final ChainSnapshot s) {
        final List<ExpiryChain> kept = new ArrayList<>();
        for (final ExpiryChain e : s.expiries()) {
            try {
                ChainSnapshotEvents.toEvents(s.restrictTo(e.expiryDate()), TERMS);
                kept.add(e);
            } catch (final ChainFormatException fractional) {
                System.out.println(s.file() + ": expiry " + e.expiryDate() + " left out: " + fractional.getMessage());
            }
        }
        return new ChainSnapshot(s.file(), s.format(), s.underlying(), s.timeNanos(), s.underlyingValue(), s.oiUnit(),
            s.volumeUnit(), kept, s.exchangeTotals() != null && kept.stream().anyMatch(
                e -> e.expiryDate().equals(s.exchangeTotals().expiry())) ? s.exchangeTotals() : null);
    }

    /** Sums over files: priced legs, and of those the ones with an IV after one and after two passes. */
    private static final class Coverage {
        private final OptionLegFlyweight leg = new OptionLegFlyweight();
        private int files;
        private long priced;
        private long firstPass;
        private long secondPass;

        void add(final String name, final List<MarketEvent> events) {
            final MarketState state = new MarketState(new InstrumentRegistry());
            final LegDerivation greeks = new LegDerivation(state,
                // 0: re-solve on any forward change, the setting under which one pass equals a second (ENGINES.md).
                ChainAnalyticsConfig.builder().ivResolveForwardMove(0).build());
            final SignalBuffer sink = new SignalBuffer(SignalBuffer.DEFAULT_CAPACITY);
            long sequence = 0;
            for (final MarketEvent e : events) {
                sequence = run(state, greeks, sink, e, sequence);
            }
            final long[] one = count(state);
            for (final MarketEvent e : events) {
                if (e.type == EventType.OPTION_TICK) {
                    sequence = run(state, greeks, sink, e, sequence);
                }
            }
            final long[] two = count(state);
            assertEquals(one[0], two[0], name + ": the second pass prices the same legs");
            files++;
            priced += one[0];
            firstPass += one[1];
            secondPass += two[1];
        }

        private static long run(final MarketState state, final LegDerivation greeks, final SignalBuffer sink,
                                final MarketEvent e, final long sequence) {
            e.sequence = sequence;
            state.apply(e);
            sink.begin(sequence, e.eventTimeNanos);
            greeks.onEvent(e);
            return sequence + 1;
        }

        /** {priced legs, priced legs with an IV} over every chain. */
        private long[] count(final MarketState state) {
            long p = 0;
            long withIv = 0;
            for (int c = 0; c < state.chainCount(); c++) {
                final ChainState chain = state.chain(c);
                for (int s = 0; s < chain.slotCount(); s++) {
                    for (int side = 0; side < 2; side++) {
                        chain.leg(s, side, leg);
                        final boolean twoSided = leg.bid() > 0 && leg.ask() >= leg.bid();
                        if (!twoSided && !(leg.ltp() > 0)) {
                            continue;
                        }
                        p++;
                        if (!Double.isNaN(leg.iv())) {
                            withIv++;
                        }
                    }
                }
            }
            return new long[] {p, withIv};
        }

        void check(final String what) {
            System.out.printf("%n%s, %d files: %d priced legs; with IV after one pass %d (%.2f %%), after a second"
                    + " pass %d (%.2f %%)%n", what, files, priced, firstPass, 100.0 * firstPass / priced, secondPass,
                100.0 * secondPass / priced);
            assertTrue(files > 0 && priced > 1000, what + ": the files hold priced legs");
            assertTrue(secondPass > priced / 2, what + ": most priced legs solve once every forward exists");
            assertEquals(secondPass, firstPass, what + ": no leg is left without IV because it ticked before its forward");
        }
    }
}
