package io.strikeiq.feeds.chain;

import io.strikeiq.event.MarketEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chain replay has told the engine so far, and the events of the snapshot being replayed.
 * Instrument ids are stable for the whole run: an underlying gets the next id at its first snapshot,
 * a leg (underlying, expiry date, strike, right) at the first snapshot that lists it, so an
 * instrument is defined exactly once and later snapshots only tick it. The strike step of an
 * underlying (in every definition of it and its legs) is the GCD of all strikes of it in all the
 * run's files, so every leg lies on the grid. A snapshot's events, in order: definitions of its new
 * instruments (the underlying first), a session open when it is the underlying's first snapshot of
 * an IST day, an index print when the file has the underlying's value and it changed (or a session
 * just opened), then one tick per leg whose tick values differ from its previous tick (OI and
 * volume are levels: OI outstanding, volume traded so far that day, so a repeat says nothing new;
 * a leg that did not change is counted as unchanged in its file's record).
 */
final class ChainReplayBook {
    private static final String VENUE = "NSE";

    private final ContractTerms terms;
    private final Map<String, Double> strikeSteps = new HashMap<>();
    private final Map<String, Integer> underlyingIds = new HashMap<>();
    private final Map<String, LocalDate> sessionDay = new HashMap<>();
    private final Map<String, Double> lastValue = new HashMap<>();
    private final Map<String, Integer> legIds = new HashMap<>();
    private final Map<Integer, PreparedLeg> lastTick = new HashMap<>();
    private int nextId = 1;
    private long ticks;
    private long lastTime;

    private PreparedSnapshot current;
    private ChainIngestRecord record;
    private int phase;
    private int legIndex;
    private boolean sessionOpened;

    private static final int INDEX = 0;
    private static final int DEFINITIONS = 1;
    private static final int SESSION = 2;
    private static final int PRINT = 3;
    private static final int TICKS = 4;
    private static final int DONE = 5;

    ChainReplayBook(final List<PreparedSnapshot> all, final ContractTerms terms) {
        this.terms = terms;
        final Map<String, double[]> strikes = new HashMap<>();
        final Map<String, Integer> counts = new HashMap<>();
        for (final PreparedSnapshot s : all) {
            for (final PreparedLeg l : s.legs()) {
                final int n = counts.merge(s.underlying(), 1, Integer::sum);
                double[] k = strikes.computeIfAbsent(s.underlying(), u -> new double[256]);
                if (n > k.length) {
                    k = java.util.Arrays.copyOf(k, k.length * 2);
                    strikes.put(s.underlying(), k);
                }
                k[n - 1] = l.strike();
            }
        }
        strikes.forEach((u, k) -> {
            final double step = StrikeGrid.step(k, counts.get(u));
            strikeSteps.put(u, Double.isNaN(step) ? k[0] : step); // one listed strike: a grid of itself
        });
    }

    boolean busy() {
        return current != null;
    }

    /** Starts replaying {@code s}, whose file's record is {@code r}. */
    void begin(final PreparedSnapshot s, final ChainIngestRecord r) {
        current = s;
        record = r;
        phase = INDEX;
        legIndex = 0;
        sessionOpened = false;
        lastTime = s.timeNanos();
    }

    /** Fills {@code e} with the snapshot's next event; false when it has none left. */
    boolean next(final MarketEvent e) {
        final PreparedSnapshot s = current;
        final long t = s.timeNanos();
        final String u = s.underlying();
        while (true) {
            switch (phase) {
                case INDEX:
                    phase = DEFINITIONS;
                    if (!underlyingIds.containsKey(u)) {
                        final int id = nextId++;
                        underlyingIds.put(u, id);
                        ChainSnapshotEvents.indexDefinition(e, t, id, u, VENUE, s.legs().isEmpty() ? 1 : s.legs().get(0).lotSize(),
                            terms.tickSize(u), strikeSteps.getOrDefault(u, 1.0));
                        record.definitions++;
                        return true;
                    }
                    break;
                case DEFINITIONS:
                    while (legIndex < s.legs().size()) {
                        final PreparedLeg l = s.legs().get(legIndex++);
                        if (!legIds.containsKey(l.contractKey())) {
                            final int id = nextId++;
                            legIds.put(l.contractKey(), id);
                            ChainSnapshotEvents.optionDefinition(e, t, id, underlyingIds.get(u), u, l.expiryDate(),
                                l.expiryNanos(), l.strike(), l.call(), VENUE, l.lotSize(), terms.tickSize(u), strikeSteps.get(u));
                            record.definitions++;
                            return true;
                        }
                    }
                    phase = SESSION;
                    legIndex = 0;
                    break;
                case SESSION: {
                    phase = PRINT;
                    final LocalDate day = IstClock.local(t).toLocalDate();
                    if (!day.equals(sessionDay.get(u))) {
                        sessionDay.put(u, day);
                        sessionOpened = true;
                        ChainSnapshotEvents.sessionOpen(e, t, underlyingIds.get(u));
                        return true;
                    }
                    break;
                }
                case PRINT: {
                    phase = TICKS;
                    final Double last = lastValue.get(u);
                    if (!Double.isNaN(s.underlyingValue()) && (sessionOpened || last == null || last != s.underlyingValue())) {
                        lastValue.put(u, s.underlyingValue());
                        ChainSnapshotEvents.underlyingPrint(e, t, underlyingIds.get(u), s.underlyingValue());
                        return true;
                    }
                    break;
                }
                case TICKS:
                    while (legIndex < s.legs().size()) {
                        final PreparedLeg l = s.legs().get(legIndex++);
                        if (!l.tick()) {
                            continue;
                        }
                        final int id = legIds.get(l.contractKey());
                        final PreparedLeg previous = lastTick.get(id);
                        if (previous != null && previous.sameValues(l)) {
                            record.unchanged++;
                            continue;
                        }
                        lastTick.put(id, l);
                        ChainSnapshotEvents.optionTick(e, t, id, l.ltp(), l.bid(), l.ask(), l.bidQty(), l.askQty(), l.vendorIv(),
                            l.openInterest(), l.volume());
                        record.ticks++;
                        ticks++;
                        return true;
                    }
                    phase = DONE;
                    break;
                default:
                    return false;
            }
        }
    }

    /** Ends the current snapshot and returns it. */
    PreparedSnapshot finish() {
        final PreparedSnapshot s = current;
        current = null;
        return s;
    }

    long ticks() {
        return ticks;
    }

    /** Time of the latest snapshot begun (0 before the first). */
    long lastTime() {
        return lastTime;
    }
}
