package io.strikeiq.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class Black76Test {
    /**
     * QuantLib builds N(d) as 0.5 * (1 + erf(d / sqrt 2)), which carries an absolute error of
     * about one ulp of 1; on a deep out-of-the-money option that is ~1e-16 * max(F, K) in
     * price. That floor is QuantLib's, not ours (see {@link #beatsQuantLibWhereItsCdfCancels}).
     */
    private static final double QUANTLIB_CDF_FLOOR = 0x1.0p-52;

    @Test
    void matchesQuantLibOracle() throws IOException {
        final List<String> lines = Files.readAllLines(OracleFile.path());
        assertEquals("case,right,forward,strike,t_years,rate,vol,price,delta_fwd,gamma_fwd,vega,implied_vol_from_price",
            lines.get(0));
        assertEquals(2001, lines.size());
        int strictlyWithin = 0;
        for (int i = 1; i < lines.size(); i++) {
            final String[] f = lines.get(i).split(",");
            final boolean call = "C".equals(f[1]);
            final double forward = Double.parseDouble(f[2]);
            final double strike = Double.parseDouble(f[3]);
            final double t = Double.parseDouble(f[4]);
            final double rate = Double.parseDouble(f[5]);
            final double vol = Double.parseDouble(f[6]);
            final double price = Double.parseDouble(f[7]);
            final double deltaFwd = Double.parseDouble(f[8]);
            final double vega = Double.parseDouble(f[10]);
            final double df = StrictMath.exp(-rate * t);
            final double scale = Math.max(forward, strike) * df;

            final double got = df * Black76.price(call, forward, strike, t, vol);
            assertEquals(price, got, 1e-12 * price + QUANTLIB_CDF_FLOOR * scale, () -> "price, case " + f[0]);
            if (Math.abs(got - price) <= 1e-12 * price) {
                strictlyWithin++;
            }
            assertEquals(got, df * (call ? Black76.callPrice(forward, strike, t, vol)
                : Black76.putPrice(forward, strike, t, vol)), 0.0);
            assertEquals(deltaFwd, df * Black76.delta(call, forward, strike, t, vol),
                1e-12 * Math.abs(deltaFwd) + QUANTLIB_CDF_FLOOR, () -> "delta, case " + f[0]);
            assertEquals(vega, df * Black76.vega(forward, strike, t, vol), 1e-12 * vega, () -> "vega, case " + f[0]);
        }
        // The QuantLib floor is only needed on deep out-of-the-money rows (about one in twenty).
        assertTrue(strictlyWithin >= 1850, "rows within 1e-12 relative: " + strictlyWithin);
    }

    @Test
    void beatsQuantLibWhereItsCdfCancels() {
        // case, right, F, K, t, vol, exact undiscounted price (mpmath, 50 digits) for the oracle rows
        // where QuantLib itself is off by 1e-10..8e-10 relative.
        final double[][] rows = {
            {291, 0, 578.5508410299342, 526.2899465361419, 0.00989235524694209, 0.23527246502141566, 7.521485738272574e-05},
            {367, 1, 108.41256815987117, 110.31719823726898, 0.00439721470561864, 0.07079185684223424, 1.2765670958860429e-05},
            {1451, 0, 32755.260095794547, 19371.717903362118, 0.010561552228640289, 1.1915376396923747, 0.005870807559804322},
            {1577, 0, 6655.358531574982, 5906.527038526613, 0.0008962170169147049, 0.9913065337727724, 0.0012046879507154435},
            {330, 1, 62.10876904000109, 87.73684854374831, 0.005319368986108024, 1.142656252456215, 2.2854417412078285e-05},
        };
        for (final double[] r : rows) {
            final double got = Black76.price(r[1] == 1, r[2], r[3], r[4], r[5]);
            assertEquals(r[6], got, 1e-12 * r[6], "case " + (int) r[0]);
        }
    }

    @Test
    void satisfiesParityAndBounds() {
        final double forward = 24_000.0;
        for (int k = 18_000; k <= 30_000; k += 250) {
            for (final double t : new double[] {1.0 / 365 / 24, 2.0 / 365, 0.25, 1.0}) {
                final double c = Black76.callPrice(forward, k, t, 0.15);
                final double p = Black76.putPrice(forward, k, t, 0.15);
                assertEquals(forward - k, c - p, 1e-11 * forward, "parity at K=" + k);
                assertTrue(c >= Math.max(forward - k, 0.0) && c <= forward, "call bounds at K=" + k);
                assertTrue(p >= Math.max(k - forward, 0.0) && p <= k, "put bounds at K=" + k);
                final double dc = Black76.callDelta(forward, k, t, 0.15);
                assertEquals(dc - 1.0, Black76.putDelta(forward, k, t, 0.15), 1e-15);
                assertTrue(dc >= 0.0 && dc <= 1.0);
            }
        }
    }

    @Test
    void degenerateInputs() {
        assertEquals(100.0, Black76.callPrice(1100.0, 1000.0, 0.0, 0.2));
        assertEquals(0.0, Black76.putPrice(1100.0, 1000.0, 0.5, 0.0));
        assertEquals(1.0, Black76.callDelta(1100.0, 1000.0, 0.0, 0.2));
        assertEquals(-0.5, Black76.putDelta(1000.0, 1000.0, 0.0, 0.2));
        assertEquals(0.0, Black76.vega(1000.0, 1000.0, -1.0, 0.2));
        assertEquals(1100.0, Black76.callPrice(1100.0, 0.0, 0.5, 0.2));
        assertTrue(Double.isNaN(Black76.callPrice(-1.0, 1000.0, 0.5, 0.2)));
        assertTrue(Double.isNaN(Black76.putPrice(1000.0, 1000.0, Double.NaN, 0.2)));
        assertTrue(Double.isNaN(Black76.delta(true, 1000.0, -5.0, 0.5, 0.2)));
    }
}
