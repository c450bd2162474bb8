package io.strikeiq.app;

import com.sun.net.httpserver.HttpExchange;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * The Prometheus endpoint of one command: the Prometheus client's {@link HTTPServer} on its own
 * (daemon) threads, serving {@code /metrics} from a registry of its own (no JVM-wide default
 * registry), and {@code /health}: 200 while the engine (or drain) runs, 503 before and after.
 * Every scrape runs on the server's threads and reads only values the pipeline threads already
 * publish; it adds no work to them.
 */
final class MetricsServer implements AutoCloseable {
    private final PrometheusRegistry registry;
    private final HTTPServer server;
    private volatile boolean running;

    private MetricsServer(final PrometheusRegistry registry, final InetAddress address, final int port)
        throws IOException {
        this.registry = registry;
        this.server = HTTPServer.builder().inetAddress(address).port(port).registry(registry)
            .defaultHandler(this::handleOther).buildAndStart();
    }

    /**
     * Binds {@code host:port} and starts serving.
     *
     * @throws OneLineUsageError when the host is unknown or the address cannot be bound (in use, not local)
     */
    static MetricsServer start(final String host, final int port, final String command) {
        final InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (final UnknownHostException e) {
            throw new OneLineUsageError(command + ": --metrics-host " + host + " is not a known host");
        }
        try {
            return new MetricsServer(new PrometheusRegistry(), address, port);
        } catch (final IOException | RuntimeException e) {
            throw new OneLineUsageError(command + ": cannot serve metrics on " + host + ":" + port + ": " + e.getMessage());
        }
    }

    PrometheusRegistry registry() {
        return registry;
    }

    /** The port bound. */
    int port() {
        return server.getPort();
    }

    /** What {@code /health} answers: 200 while true, 503 otherwise. */
    void running(final boolean value) {
        running = value;
    }

    /** Everything but {@code /metrics}: {@code /health}, else 404. */
    private void handleOther(final HttpExchange exchange) throws IOException {
        try {
            final boolean health = "/health".equals(exchange.getRequestURI().getPath());
            final boolean up = running;
            final int status = !health ? 404 : up ? 200 : 503;
            final byte[] body = (!health ? "not found; try /metrics or /health\n" : up ? "running\n" : "not running\n")
                .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        running = false;
        server.close();
    }
}
