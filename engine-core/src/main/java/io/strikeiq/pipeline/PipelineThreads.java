package io.strikeiq.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * Creates the pipeline's consumer threads with readable names ({@code strikeiq-<name>-N}) and
 * remembers them, so that tests and the report can read per-thread allocation and CPU time.
 */
public final class PipelineThreads implements ThreadFactory {
    private final String prefix;
    private final List<Thread> threads = new ArrayList<>();

    public PipelineThreads(final String prefix) {
        this.prefix = prefix;
    }

    @Override
    public synchronized Thread newThread(final Runnable r) {
        final Thread t = new Thread(r, prefix + "-" + threads.size());
        t.setDaemon(true);
        threads.add(t);
        return t;
    }

    public synchronized List<Thread> threads() {
        return new ArrayList<>(threads);
    }
}
