package io.strikeiq.wiring;

import io.strikeiq.analytics.AnalyticsEngine;

import java.util.ArrayList;
import java.util.List;

/**
 * The run order of the analytics engines, computed from what each declares it reads
 * ({@link AnalyticsEngine#reads()}): every engine runs after the engines it reads, and engines that
 * do not depend on each other keep the order they were registered in (so the order, and with it
 * the order of signals within an event, is stable). Refuses, with one message naming the engines,
 * a declared dependency no registered engine provides, two engines of one class, and a cycle.
 */
public final class EngineOrder {
    private EngineOrder() {
    }

    /** The registered engines in run order. */
    public static AnalyticsEngine[] of(final AnalyticsEngine... registered) {
        final int n = registered.length;
        final int[][] needs = new int[n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (registered[j].getClass() == registered[i].getClass()) {
                    throw new EngineWiringException("two engines of class " + name(registered[i])
                        + " are wired: a dependency on it would be ambiguous");
                }
            }
            final List<Class<? extends AnalyticsEngine>> reads = registered[i].reads();
            needs[i] = new int[reads.size()];
            for (int k = 0; k < reads.size(); k++) {
                needs[i][k] = provider(registered, registered[i], reads.get(k));
            }
        }
        final AnalyticsEngine[] order = new AnalyticsEngine[n];
        final boolean[] placed = new boolean[n];
        for (int count = 0; count < n; count++) {
            final int next = firstReady(needs, placed);
            if (next < 0) {
                throw new EngineWiringException("engines read each other in a cycle: " + cycle(registered, needs, placed));
            }
            placed[next] = true;
            order[count] = registered[next];
        }
        return order;
    }

    private static int provider(final AnalyticsEngine[] registered, final AnalyticsEngine reader,
                                final Class<? extends AnalyticsEngine> wanted) {
        for (int j = 0; j < registered.length; j++) {
            if (wanted.isInstance(registered[j])) {
                if (registered[j] == reader) {
                    throw new EngineWiringException("engine " + name(reader) + " declares that it reads itself");
                }
                return j;
            }
        }
        throw new EngineWiringException("engine " + name(reader) + " reads " + wanted.getSimpleName()
            + ", which is not wired");
    }

    /** The first registered engine not yet placed whose providers are all placed, -1 when none. */
    private static int firstReady(final int[][] needs, final boolean[] placed) {
        for (int i = 0; i < needs.length; i++) {
            if (placed[i]) {
                continue;
            }
            boolean ready = true;
            for (final int p : needs[i]) {
                ready &= placed[p];
            }
            if (ready) {
                return i;
            }
        }
        return -1;
    }

    /** Walks unplaced providers from the first unplaced engine until one repeats: that loop is a cycle. */
    private static String cycle(final AnalyticsEngine[] registered, final int[][] needs, final boolean[] placed) {
        int at = 0;
        while (placed[at]) {
            at++;
        }
        final List<Integer> path = new ArrayList<>();
        while (!path.contains(at)) {
            path.add(at);
            int next = -1;
            for (final int p : needs[at]) {
                if (!placed[p]) {
                    next = p;
                    break;
                }
            }
            at = next;
        }
        final StringBuilder sb = new StringBuilder();
        for (int k = path.indexOf(at); k < path.size(); k++) {
            sb.append(name(registered[path.get(k)])).append(" -> ");
        }
        return sb.append(name(registered[at])).toString();
    }

    private static String name(final AnalyticsEngine engine) {
        return engine.getClass().getSimpleName();
    }
}
