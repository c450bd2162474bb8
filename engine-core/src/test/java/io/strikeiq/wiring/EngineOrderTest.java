package io.strikeiq.wiring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strikeiq.analytics.AnalyticsEngine;
import io.strikeiq.analytics.ChainMetricsEngine;
import io.strikeiq.analytics.GammaExposureEngine;
import io.strikeiq.analytics.MaxPainEngine;
import io.strikeiq.analytics.PcrEngine;
import io.strikeiq.analytics.SnapshotEngine;
import io.strikeiq.analytics.UnderlyingMetricsEngine;
import io.strikeiq.analytics.futures.FuturesSignalEngine;
import io.strikeiq.event.MarketEvent;
import io.strikeiq.instrument.InstrumentRegistry;
import io.strikeiq.signal.SignalSink;
import io.strikeiq.state.MarketState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wiring orders engines from their declarations and refuses what cannot be wired, with one message. */
class EngineOrderTest {
    @Test
    void providersRunFirstAndIndependentEnginesKeepRegistrationOrder() {
        final A a = new A();
        final B b = new B();
        final C c = new C();
        // C reads A, B reads C: registered B, A, C the only valid order is A, C, B.
        assertArrayEquals(new AnalyticsEngine[] {a, c, b}, EngineOrder.of(b, a, c));
        final D d = new D();
        // D reads nothing: it keeps its place relative to the others it does not depend on.
        assertArrayEquals(new AnalyticsEngine[] {d, a, c, b}, EngineOrder.of(d, b, a, c));
    }

    @Test
    void aMissingProviderIsNamed() {
        final EngineWiringException e = assertThrows(EngineWiringException.class, () -> EngineOrder.of(new C()));
        assertEquals("engine C reads A, which is not wired", e.getMessage());
    }

    @Test
    void aCycleIsNamed() {
        final EngineWiringException e = assertThrows(EngineWiringException.class,
            () -> EngineOrder.of(new D(), new X(), new Y()));
        assertEquals("engines read each other in a cycle: X -> Y -> X", e.getMessage());
    }

    @Test
    void twoEnginesOfOneClassAreRefused() {
        final EngineWiringException e = assertThrows(EngineWiringException.class,
            () -> EngineOrder.of(new A(), new A()));
        assertEquals("two engines of class A are wired: a dependency on it would be ambiguous", e.getMessage());
    }

    @Test
    void theProductionSetRunsEveryEngineAfterWhatItReads() {
        final EngineSet set = new EngineSet(new MarketState(new InstrumentRegistry()), EngineSettings.defaults());
        final AnalyticsEngine[] order = set.engines();
        // The order the engines ran in before the wiring computed it (and the signals' order within an event).
        assertEquals(List.of(PcrEngine.class, MaxPainEngine.class, UnderlyingMetricsEngine.class, ChainMetricsEngine.class,
            GammaExposureEngine.class, SnapshotEngine.class, FuturesSignalEngine.class,
            io.strikeiq.analytics.futures.IngestRunEchoEngine.class),
            java.util.Arrays.stream(order).map(Object::getClass).toList());
        for (int i = 0; i < order.length; i++) {
            for (final Class<? extends AnalyticsEngine> dep : order[i].reads()) {
                boolean before = false;
                for (int j = 0; j < i; j++) {
                    before |= dep.isInstance(order[j]);
                }
                assertEquals(true, before, order[i].getClass().getSimpleName() + " runs after " + dep.getSimpleName());
            }
        }
    }

    private abstract static class Fake implements AnalyticsEngine {
        @Override
        public void onEvent(final MarketEvent event, final SignalSink sink) {
        }

        @Override
        public void onTimer(final long eventTimeNanos, final SignalSink sink) {
        }

        @Override
        public void recover(final MarketEvent event) {
        }
    }

    private static final class A extends Fake {
    }

    private static final class B extends Fake {
        @Override
        public List<Class<? extends AnalyticsEngine>> reads() {
            return List.of(C.class);
        }
    }

    private static final class C extends Fake {
        @Override
        public List<Class<? extends AnalyticsEngine>> reads() {
            return List.of(A.class);
        }
    }

    private static final class D extends Fake {
    }

    private static final class X extends Fake {
        @Override
        public List<Class<? extends AnalyticsEngine>> reads() {
            return List.of(Y.class);
        }
    }

    private static final class Y extends Fake {
        @Override
        public List<Class<? extends AnalyticsEngine>> reads() {
            return List.of(X.class);
        }
    }
}
