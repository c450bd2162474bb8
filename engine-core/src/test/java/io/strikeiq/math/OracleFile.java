package io.strikeiq.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The QuantLib Black-76 oracle (test resource {@code oracle/black76_quantlib.csv}) parsed into columns. */
final class OracleFile {
    static final String HEADER =
        "case,right,forward,strike,t_years,rate,vol,price,delta_fwd,gamma_fwd,vega,implied_vol_from_price";

    final int rows;
    final int[] id;
    final boolean[] call;
    final double[] forward;
    final double[] strike;
    final double[] t;
    final double[] rate;
    final double[] vol;
    final double[] price;
    final double[] delta;
    final double[] gamma;
    final double[] vega;
    final double[] quantLibIv;

    private OracleFile(final List<String> lines) {
        assertEquals(HEADER, lines.get(0));
        rows = lines.size() - 1;
        id = new int[rows];
        call = new boolean[rows];
        forward = new double[rows];
        strike = new double[rows];
        t = new double[rows];
        rate = new double[rows];
        vol = new double[rows];
        price = new double[rows];
        delta = new double[rows];
        gamma = new double[rows];
        vega = new double[rows];
        quantLibIv = new double[rows];
        for (int i = 0; i < rows; i++) {
            final String[] f = lines.get(i + 1).split(",");
            id[i] = Integer.parseInt(f[0]);
            call[i] = "C".equals(f[1]);
            forward[i] = Double.parseDouble(f[2]);
            strike[i] = Double.parseDouble(f[3]);
            t[i] = Double.parseDouble(f[4]);
            rate[i] = Double.parseDouble(f[5]);
            vol[i] = Double.parseDouble(f[6]);
            price[i] = Double.parseDouble(f[7]);
            delta[i] = Double.parseDouble(f[8]);
            gamma[i] = Double.parseDouble(f[9]);
            vega[i] = Double.parseDouble(f[10]);
            quantLibIv[i] = Double.parseDouble(f[11]);
        }
    }

    /** Reads the in-repo copy of the oracle (see {@link #path()}). */
    static OracleFile load() {
        try {
            return new OracleFile(Files.readAllLines(path()));
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The oracle on the test classpath: {@code src/test/resources/oracle/black76_quantlib.csv}, a copy of
     * {@code ../shared/data/oracle} (generated data, free to redistribute), so the tests run on a fresh clone.
     */
    static Path path() {
        final URL url = OracleFile.class.getResource("/oracle/black76_quantlib.csv");
        if (url == null) {
            throw new IllegalStateException("oracle not on the test classpath (src/test/resources/oracle)");
        }
        try {
            return Path.of(url.toURI());
        } catch (final URISyntaxException e) {
            throw new IllegalStateException("oracle at an unreadable location: " + url, e);
        }
    }
}
