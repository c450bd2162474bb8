package io.strikeiq.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --metrics-port}: a real {@code run} in a child JVM serves Prometheus text on a free
 * loopback port, scraped here over loopback while it runs (events in grows between two scrapes,
 * /health answers 200, counters and gauges are typed as such, service time is measured), and a
 * port that cannot be used is refused with exit 2 and one line before any journal is created.
 */
class MetricsCliTest {
    private static final Pattern EVENTS_IN = Pattern.compile("(?m)^strikeiq_events_in_total ([0-9.E+]+)$");
    private static final Pattern SERVICE_COUNT = Pattern.compile("(?m)^strikeiq_analytics_service_time_seconds_count ([0-9.E+]+)$");
    /** About three seconds at the offered rate: long enough to be scraped twice while running. */
    private static final long EVENTS = 150_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path tmp;

    @Test
    void aRunServesItsCountersAndHealthOnLoopbackWhileItRuns() throws IOException, InterruptedException {
        final int port = freeLoopbackPort();
        final Path journal = tmp.resolve("j");
        final Process p = ChildLauncher.start(tmp.resolve("run.log"), "run", "--feed", "synthetic", "--journal",
            journal.toString(), "--rate", "50000", "--events", String.valueOf(EVENTS), "--preset", "compact",
            "--metrics-port", String.valueOf(port));
        try {
            awaitHealthy(port, p);
            final String first = awaitEventsIn(port, 1, p);
            final long firstIn = value(EVENTS_IN, first);
            final String later = awaitEventsIn(port, firstIn + 1, p);
            final long laterIn = value(EVENTS_IN, later);
            assertTrue(laterIn > firstIn && laterIn <= EVENTS, "events in grows while the engine runs: " + firstIn + " then " + laterIn);
            assertTrue(later.contains("# TYPE strikeiq_events_in_total counter\n"), later);
            assertTrue(later.contains("# TYPE strikeiq_ring_size gauge\n"), later);
            assertTrue(later.contains("\nstrikeiq_ring_size 65536.0\n"), "compact preset's ring: " + later);
            assertTrue(later.contains("\nstrikeiq_stage_errors_total{stage=\"journal\"} 0.0\n"), later);
            assertTrue(later.contains("# TYPE strikeiq_tick_to_publish_latency_seconds summary\n"), later);
            assertTrue(later.contains("strikeiq_analytics_service_time_seconds{quantile=\"0.99\"} "), later);
            assertTrue(value(SERVICE_COUNT, later) > 0, "service time measured with metrics on: " + later);
            assertEquals(404, get(port, "/nothing-here").statusCode());
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ends after its events");
        } finally {
            p.destroy();
        }
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("run.log")));
    }

    @Test
    void aPortOutOfRangeIsExitTwoWithOneLineAndNoJournal() {
        final Path journal = tmp.resolve("never");
        final CliRunner r = CliRunner.run("run", "--feed", "synthetic", "--journal", journal.toString(), "--events", "10",
            "--metrics-port", "70000");
        assertEquals(2, r.exitCode, r.toString());
        assertEquals(1, r.err.strip().lines().count(), r.err);
        assertTrue(r.err.startsWith("strikeiq run: --metrics-port must be 1..65535, got 70000"), r.err);
        assertFalse(Files.exists(journal), "refused before the journal folder was created");
    }

    @Test
    void aPortInUseIsExitTwoWithOneLineAndNoJournal() throws IOException {
        final Path journal = tmp.resolve("never");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            final Path input = tmp.resolve("in");
            assertEquals(0, CliRunner.run("run", "--feed", "synthetic", "--journal", input.toString(), "--events", "100",
                "--preset", "compact").exitCode);
            final CliRunner busy = CliRunner.run("replay", "--input", input.toString(), "--out", journal.toString(),
                "--metrics-port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, busy.exitCode, busy.toString());
            assertEquals(1, busy.err.strip().lines().count(), busy.err);
            assertTrue(busy.err.startsWith("strikeiq replay: cannot serve metrics on 127.0.0.1:" + taken.getLocalPort() + ": "),
                busy.err);
            assertFalse(Files.exists(journal), "refused before the output folder was created");
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void awaitHealthy(final int port, final Process p) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        int last = -1;
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                last = get(port, "/health").statusCode();
                if (last == 200) {
                    return;
                }
            } catch (final IOException notListeningYet) {
                // The child JVM has not bound the port yet.
            }
            Thread.sleep(50);
        }
        throw new AssertionError("/health never answered 200 (last " + last + ", child alive: " + p.isAlive() + ")");
    }

    /** Scrapes until events in is at least {@code atLeast}; returns that scrape. */
    private String awaitEventsIn(final int port, final long atLeast, final Process p) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                final HttpResponse<String> r = get(port, "/metrics");
                assertEquals(200, r.statusCode());
                final Matcher m = EVENTS_IN.matcher(r.body());
                if (m.find() && (long) Double.parseDouble(m.group(1)) >= atLeast) {
                    return r.body();
                }
            } catch (final IOException e) {
                throw new AssertionError("scrape failed while the run is up", e);
            }
            Thread.sleep(50); // the counters are published every 100 ms
        }
        throw new AssertionError("no scrape with events in >= " + atLeast + " (child alive: " + p.isAlive() + ")");
    }

    private HttpResponse<String> get(final int port, final String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long value(final Pattern metric, final String scrape) {
        final Matcher m = metric.matcher(scrape);
        assertTrue(m.find(), "no " + metric + " in\n" + scrape);
        return (long) Double.parseDouble(m.group(1));
    }
}
