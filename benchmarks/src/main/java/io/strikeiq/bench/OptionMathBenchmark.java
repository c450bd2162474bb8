package io.strikeiq.bench;

import io.strikeiq.math.Black76;
import io.strikeiq.math.Greeks;
import io.strikeiq.math.ImpliedVolatility;
import io.strikeiq.math.IvResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Options math per call over a realistic NIFTY chain: 81 strikes (step 50 around a 24,000
 * forward) times calls and puts times six expiries from 1 to 60 days, with a smile, so branches
 * and the IV solver's regions are exercised as in the engine rather than one constant input the
 * JIT could fold. The inputs cycle through a precomputed table; prices for the IV solve come
 * from {@link Black76#greeks} (discounted) at the smile volatility.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OptionMathBenchmark {
    private static final double FORWARD = 24_000.0;
    private static final double RATE = 0.065;
    private static final int STRIKES = 81;
    private static final double[] EXPIRY_DAYS = {1, 3, 7, 14, 30, 60};
    private static final int SIZE = 1024;
    private static final int MASK = SIZE - 1;

    private final boolean[] isCall = new boolean[SIZE];
    private final double[] strike = new double[SIZE];
    private final double[] years = new double[SIZE];
    private final double[] vol = new double[SIZE];
    private final double[] price = new double[SIZE];
    private final Greeks greeks = new Greeks();
    private final IvResult iv = new IvResult();
    private int next;

    @Setup
    public void setUp() {
        final int combos = STRIKES * 2 * EXPIRY_DAYS.length;
        for (int i = 0; i < SIZE; i++) {
            // Stride through the combinations so neighbouring calls differ in strike, right and expiry.
            final int c = (int) ((i * 7919L) % combos);
            final int k = c % STRIKES;
            final int rest = c / STRIKES;
            isCall[i] = (rest & 1) == 0;
            strike[i] = FORWARD + (k - STRIKES / 2) * 50.0;
            years[i] = EXPIRY_DAYS[rest >> 1] / 365.0;
            final double x = StrictMath.log(strike[i] / FORWARD) / (0.13 * Math.sqrt(years[i]));
            vol[i] = 0.13 * (1 - 0.04 * x + 0.003 * x * x);
            Black76.greeks(isCall[i], FORWARD, strike[i], years[i], RATE, vol[i], greeks);
            price[i] = greeks.price();
        }
    }

    /** Discounted price and every greek in one pass. */
    @Benchmark
    public double priceAndGreeks() {
        final int i = next++ & MASK;
        Black76.greeks(isCall[i], FORWARD, strike[i], years[i], RATE, vol[i], greeks);
        return greeks.price() + greeks.delta() + greeks.gamma() + greeks.vega() + greeks.thetaPerYear() + greeks.rho();
    }

    /** Undiscounted price alone, for reference. */
    @Benchmark
    public double price() {
        final int i = next++ & MASK;
        return Black76.price(isCall[i], FORWARD, strike[i], years[i], vol[i]);
    }

    /** Implied volatility of a market price to full double precision. */
    @Benchmark
    public double impliedVolatility() {
        final int i = next++ & MASK;
        ImpliedVolatility.solve(isCall[i], price[i], FORWARD, strike[i], years[i], RATE, iv);
        return iv.vol();
    }
}
