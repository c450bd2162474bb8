package io.strikeiq.app;

import picocli.CommandLine.Option;

/**
 * {@code --metrics-port N} and {@code --metrics-host HOST}, shared by the commands that run
 * something ({@code run}, {@code demo}, {@code replay}, {@code drain}): off unless a port is
 * given; bound to the loopback address unless a host is given, so the endpoint is not on the
 * network by accident.
 */
public final class MetricsOptions {
    /** The address the endpoint binds unless {@code --metrics-host} says otherwise. */
    static final String DEFAULT_HOST = "127.0.0.1";

    @Option(names = "--metrics-port", paramLabel = "N",
        description = "Serve Prometheus metrics on http://HOST:N/metrics and /health while running (default: off).")
    Integer port;

    @Option(names = "--metrics-host", paramLabel = "HOST", defaultValue = DEFAULT_HOST,
        description = "Address the metrics endpoint binds (default: ${DEFAULT-VALUE}, loopback only).")
    String host = DEFAULT_HOST;

    /**
     * Binds the endpoint now, before the command creates anything, so a bad or busy port fails
     * first; null when no port was given.
     *
     * @throws OneLineUsageError (exit 2) for a port outside 1..65535, an unknown host or an address that cannot be bound
     */
    MetricsServer start(final String command) {
        if (port == null) {
            return null;
        }
        if (port < 1 || port > 65_535) {
            throw new OneLineUsageError("strikeiq " + command + ": --metrics-port must be 1..65535, got " + port);
        }
        final MetricsServer server = MetricsServer.start(host, port, "strikeiq " + command);
        System.err.printf("strikeiq %s: metrics on http://%s:%d/metrics (health: /health)%n", command, host, server.port());
        return server;
    }
}
