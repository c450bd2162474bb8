package io.strikeiq.analytics.gex;

import io.strikeiq.math.DeterministicMath;
import io.strikeiq.analytics.ChainAnalyticsConfig;
import io.strikeiq.analytics.GexConvention;
import io.strikeiq.derived.LegDerivation;
import io.strikeiq.math.NormalDistribution;
import io.strikeiq.math.TimeToExpiry;
import io.strikeiq.state.ChainState;
import io.strikeiq.state.MarketState;
import io.strikeiq.state.OptionLegFlyweight;

import java.util.Arrays;

/**
 * Gamma flip per underlying: total GEX re-evaluated on a grid of hypothetical spots S·x_k (each
 * leg's IV held, forwards scaled with spot) and the zero crossing nearest spot interpolated (NaN
 * when none). A computation is a job: {@link #start} snapshots every leg's coefficients (F/K, σ√t
 * and the GEX weight), then {@link #step} evaluates at most a budget of leg × grid-point terms (one φ
 * each, plus the leg's log(F/K) when it first meets it, at the first grid point),
 * in the same order as a one-shot loop, so a job run over many events gives the same bits as one
 * run at once. A job's results (every underlying it covers) take effect together inside the
 * {@link #step} call that evaluates its last term; until then {@link #flip} keeps the previous
 * results. The job reads no state after its start, so when it lands depends only on the input.
 */
public final class FlipSolver {
    private final MarketState state;
    private final LegDerivation greeks;
    private final GexConvention convention;
    private final double rate;
    private final OptionLegFlyweight leg = new OptionLegFlyweight();
    private final double[] gridX;
    private final double[] gridLogX;
    private final double[] gridWork;
    private final double[] gridGex;
    // leg coefficients of the job, underlyings contiguous
    private double[] coef = new double[0];
    private double[] lnFk = new double[0];
    private double[] stdDev = new double[0];
    // per underlying: published results, and the job's leg range, spot and pending result
    private double[] flip = new double[0];
    private int[] from = new int[0];
    private int[] to = new int[0];
    private double[] spot = new double[0];
    private double[] pending = new double[0];
    // job cursor
    private boolean active;
    private int firstU;
    private int endU;
    private int u;
    private int k;
    private int i;
    private double g;
    private long jobTerms;
    private long termsDone;

    public FlipSolver(final MarketState state, final ChainAnalyticsConfig config, final LegDerivation greeks) {
        this.state = state;
        this.greeks = greeks;
        this.convention = config.gexConvention();
        this.rate = config.rate();
        final int half = config.flipGridHalfPoints();
        gridX = new double[2 * half + 1];
        gridLogX = new double[2 * half + 1];
        gridWork = new double[2 * half + 1];
        gridGex = new double[2 * half + 1];
        for (int j = -half; j <= half; j++) {
            gridX[j + half] = 1.0 + j * config.flipStep();
            gridLogX[j + half] = DeterministicMath.log(gridX[j + half]);
        }
    }

    /** Grows per-underlying arrays (new underlyings start with a NaN flip); definition time only. */
    public void ensureUnderlyings(final int n) {
        if (n <= flip.length) {
            return;
        }
        final int old = flip.length;
        final int cap = Math.max(n, old * 2);
        flip = Arrays.copyOf(flip, cap);
        Arrays.fill(flip, old, cap, Double.NaN);
        from = Arrays.copyOf(from, cap);
        to = Arrays.copyOf(to, cap);
        spot = Arrays.copyOf(spot, cap);
        pending = Arrays.copyOf(pending, cap);
    }

    /** Grows the coefficient scratch to every leg of every chain, keeping a running job's snapshot; definition time only. */
    public void ensureLegs() {
        int legs = 0;
        for (int c = 0; c < state.chainCount(); c++) {
            legs += state.chain(c).slotCount() * 2;
        }
        if (legs > coef.length) {
            coef = Arrays.copyOf(coef, legs);
            lnFk = Arrays.copyOf(lnFk, legs);
            stdDev = Arrays.copyOf(stdDev, legs);
        }
    }

    /**
     * Starts a job for underlyings [uFrom, uTo) over the first {@code chains} chains at event time
     * {@code now}, replacing any running one; a job without terms takes effect here.
     */
    public void start(final int uFrom, final int uTo, final int chains, final long now) {
        ensureLegs();
        int n = 0;
        jobTerms = 0;
        for (int x = uFrom; x < uTo; x++) {
            from[x] = n;
            spot[x] = state.underlying(x).last();
            n = collect(x, chains, now, n);
            to[x] = n;
            if (n > from[x] && spot[x] > 0) {
                jobTerms += (long) (n - from[x]) * gridX.length;
            }
        }
        firstU = uFrom;
        endU = uTo;
        u = uFrom;
        k = 0;
        g = 0;
        termsDone = 0;
        active = true;
        skipEmpty();
    }

    private int collect(final int x, final int chains, final long now, final int first) {
        int n = first;
        for (int c = 0; c < chains; c++) {
            final ChainState chain = state.chain(c);
            final double f = greeks.forward(c);
            final double t = TimeToExpiry.years(chain.expiryNanos(), now);
            if (chain.underlyingIndex() != x || !(f > 0) || !(t > 0)) {
                continue;
            }
            final double df = DeterministicMath.exp(-rate * t);
            final double sqrtT = Math.sqrt(t);
            for (int s = 0; s < chain.slotCount(); s++) {
                for (int side = ChainState.CALL; side <= ChainState.PUT; side++) {
                    final OptionLegFlyweight l = chain.leg(s, side, leg);
                    final double vol = l.iv();
                    final long oi = l.oi();
                    if (!l.isListed() || !(vol > 0) || oi <= 0) {
                        continue;
                    }
                    final double sd = vol * sqrtT;
                    final int sign = convention.sign(side == ChainState.CALL, l.buildUp());
                    coef[n] = sign * oi * chain.lotSize() * 0.01 * df * f / sd;
                    // F/K now; its log is taken in place by the job's first grid point (step), so the
                    // start event does not pay a log per leg. Same argument, same bits.
                    lnFk[n] = f / chain.strikeAt(s);
                    stdDev[n] = sd;
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Evaluates up to {@code budget} terms of the running job (none when idle); returns true when
     * this call completed the job and its results took effect.
     */
    public boolean step(final long budget) {
        long left = budget;
        while (active && left > 0) {
            final int end = to[u];
            final int last = (int) Math.min(end, i + left);
            final double lx = gridLogX[k];
            if (k == 0) {
                for (int j = i; j < last; j++) {
                    lnFk[j] = DeterministicMath.log(lnFk[j]);
                }
            }
            double sum = g;
            for (int j = i; j < last; j++) {
                final double sd = stdDev[j];
                sum += coef[j] * NormalDistribution.pdf((lnFk[j] + lx) / sd + 0.5 * sd);
            }
            left -= last - i;
            termsDone += last - i;
            if (last < end) {
                i = last;
                g = sum;
                return false;
            }
            gridWork[k] = sum * gridX[k];
            g = 0;
            if (++k < gridX.length) {
                i = from[u];
                continue;
            }
            pending[u] = nearestZero(gridX, gridWork, spot[u]);
            u++;
            k = 0;
            if (skipEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Moves the cursor past underlyings without terms (their result is NaN); publishes when none is left. */
    private boolean skipEmpty() {
        while (u < endU && (to[u] == from[u] || !(spot[u] > 0))) {
            pending[u] = Double.NaN;
            u++;
        }
        if (u < endU) {
            i = from[u];
            return false;
        }
        for (int x = firstU; x < endU; x++) {
            flip[x] = pending[x];
        }
        System.arraycopy(gridWork, 0, gridGex, 0, gridWork.length);
        active = false;
        return true;
    }

    /** Drops a running job (its results never take effect). */
    public void cancel() {
        active = false;
    }

    /**
     * The zero crossing of {@code gex} (sampled at spot·x_k) nearest {@code spot}, linearly
     * interpolated between the two grid points whose values change sign; a grid value of exactly 0
     * is a crossing at that point. NaN when the values never change sign.
     */
    public static double nearestZero(final double[] x, final double[] gex, final double spot) {
        double best = Double.NaN;
        for (int j = 0; j < x.length; j++) {
            double cross = Double.NaN;
            if (gex[j] == 0) {
                cross = spot * x[j];
            } else if (j + 1 < x.length && (gex[j] < 0) != (gex[j + 1] < 0) && gex[j + 1] != 0) {
                final double s0 = spot * x[j];
                final double s1 = spot * x[j + 1];
                cross = s0 + (s1 - s0) * gex[j] / (gex[j] - gex[j + 1]);
            }
            if (cross == cross && (!(best == best) || Math.abs(cross - spot) < Math.abs(best - spot))) {
                best = cross;
            }
        }
        return best;
    }

    /** Latest published flip of underlying index {@code x} (NaN when none was found or none computed yet). */
    public double flip(final int x) {
        return flip[x];
    }

    public boolean active() {
        return active;
    }

    /** Terms (leg × grid point) of the latest job. */
    public long jobTerms() {
        return jobTerms;
    }

    /** Terms of the latest job evaluated so far. */
    public long termsDone() {
        return termsDone;
    }

    /** Total GEX at the grid points of the latest published job's last evaluated underlying. */
    public double gridGex(final int j) {
        return gridGex[j];
    }

    public double gridMultiple(final int j) {
        return gridX[j];
    }

    public int gridPoints() {
        return gridX.length;
    }
}
