package io.strikeiq.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a command finish on SIGTERM / Ctrl-C instead of being cut off: a shutdown hook that, on
 * the signal, runs the command's stop action and then holds the JVM until the command's main
 * thread {@link #close() closes} this (its summary printed, its resources released), at most
 * {@code maxWaitMillis}. Without it the JVM would exit under the main thread, which blocks in
 * {@code System.exit} once shutdown has begun, so a hook joining that thread only times out.
 */
final class SignalStop implements AutoCloseable {
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile Runnable action = () -> { };
    private volatile long signalledAtNanos;
    private volatile boolean signalled;

    private SignalStop(final String name, final long maxWaitMillis) {
        hook = new Thread(() -> {
            signalledAtNanos = System.nanoTime();
            signalled = true;
            action.run();
            try {
                finished.await(maxWaitMillis, TimeUnit.MILLISECONDS);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
    }

    /** Installs the hook; close the result in a {@code finally} of the command's main thread. */
    static SignalStop install(final String name, final long maxWaitMillis) {
        final SignalStop s = new SignalStop(name, maxWaitMillis);
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** What to do on the signal; run at once if the signal came already. */
    void onSignal(final Runnable value) {
        action = value;
        if (signalled) {
            value.run();
        }
    }

    boolean signalled() {
        return signalled;
    }

    /** Milliseconds from the signal to now. */
    long millisSinceSignal() {
        return (System.nanoTime() - signalledAtNanos) / 1_000_000L;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (final IllegalStateException shuttingDown) {
            // The hook is running; it returns now that 'finished' is counted down.
        }
    }
}
