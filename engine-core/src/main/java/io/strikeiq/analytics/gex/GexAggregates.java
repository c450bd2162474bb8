package io.strikeiq.analytics.gex;

import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;

/**
 * Cross-expiry gamma exposure of an underlying, read from the per-chain {@link GexBook}s the
 * engine owns: the regime sums (total and gross over every expiry, refused while any chain's OI is
 * incomplete), total GEX, and the strike whose call or put GEX summed over expiries is largest.
 * Nothing is kept between calls: each call sums the chains' exact milli-currency totals, so results equal a
 * recompute bit for bit whenever the books do.
 */
public final class GexAggregates {
    private final MarketState state;
    private GexBook[] books = new GexBook[0];
    private int chains;
    private long total;
    private long gross;
    private double wallCall = Double.NaN;
    private double wallPut = Double.NaN;

    public GexAggregates(final MarketState state) {
        this.state = state;
    }

    /** The engine's books and how many chains are tracked (after the engine grew them). */
    public void bind(final GexBook[] chainBooks, final int chainCount) {
        this.books = chainBooks;
        this.chains = chainCount;
    }

    /**
     * Sums total and gross GEX (milli-currency) over the chains of underlying index {@code u} into
     * {@link #regimeTotal()} and {@link #regimeGross()}; false while any of its chains lacks complete
     * OI (partial sums would read as a regime, the PCR rule), when it has no chain, or gross is 0.
     */
    public boolean sumForRegime(final int u) {
        long t = 0;
        long gr = 0;
        boolean any = false;
        for (int c = 0; c < chains; c++) {
            if (state.chain(c).underlyingIndex() == u) {
                if (!state.chain(c).oiComplete()) {
                    return false;
                }
                t += books[c].callMilli() + books[c].putMilli();
                gr += books[c].grossMilli();
                any = true;
            }
        }
        total = t;
        gross = gr;
        return any && gr != 0;
    }

    public long regimeTotal() {
        return total;
    }

    public long regimeGross() {
        return gross;
    }

    /** Σ GEX over every expiry of the underlying in currency per 1 % (NaN when it has no chain). */
    public double totalGex(final int underlyingId) {
        long sum = 0;
        boolean any = false;
        for (int c = 0; c < chains; c++) {
            if (state.chain(c).underlyingId() == underlyingId && books[c].isBuilt()) {
                sum += books[c].callMilli() + books[c].putMilli();
                any = true;
            }
        }
        return any ? sum / GexBook.MILLI : Double.NaN;
    }

    /**
     * Across every expiry: the strike whose summed call GEX (side CALL) or |summed put GEX| (PUT)
     * is largest; ties go to the lowest strike. O(chains² · strikes), for snapshots and reports.
     */
    public double totalWall(final int underlyingId, final int side) {
        sumWalls(underlyingId);
        return wall(side);
    }

    /**
     * Both sides of {@link #totalWall} in one pass over the strikes (a snapshot row reads both):
     * each side's sums and argmax are exactly those of its own pass; read them with {@link #wall}.
     */
    public void sumWalls(final int underlyingId) {
        double bestCall = Double.NaN;
        double bestPut = Double.NaN;
        long callKey = 0;
        long putKey = 0;
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            if (chain.underlyingId() != underlyingId || !books[c].isBuilt()) {
                continue;
            }
            for (int s = 0; s < chain.slotCount(); s++) {
                final double k = chain.strikeAt(s);
                long call = 0;
                long put = 0;
                for (int c2 = 0; c2 < chains; c2++) {
                    final ChainState other = state.chain(c2);
                    final int s2 = other.underlyingId() == underlyingId && books[c2].isBuilt() ? other.slotOf(k) : -1;
                    if (s2 >= 0) {
                        call += books[c2].legMilli(s2, ChainState.CALL);
                        put += books[c2].legMilli(s2, ChainState.PUT);
                    }
                }
                if (call > callKey || (call == callKey && call > 0 && k < bestCall)) {
                    bestCall = k;
                    callKey = call;
                }
                final long putAbs = Math.abs(put);
                if (putAbs > putKey || (putAbs == putKey && putAbs > 0 && k < bestPut)) {
                    bestPut = k;
                    putKey = putAbs;
                }
            }
        }
        wallCall = bestCall;
        wallPut = bestPut;
    }

    /** The wall of {@code side} from the latest {@link #sumWalls} (NaN when no strike has GEX on that side). */
    public double wall(final int side) {
        return side == ChainState.CALL ? wallCall : wallPut;
    }
}
