package io.strikeiq.app;

import io.strikeiq.persistence.IngestRunsQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code strikeiq query ingest-runs}: the stored ingests of vendor files, by start time. */
@Command(name = "ingest-runs", mixinStandardHelpOptions = true,
    description = "Ingests of vendor files started in a window (event time), optionally of one status.",
    footer = {"", "Paging cursor (--after): started_at/ingest_run_id of the page's last row, "
        + "e.g. 2024-03-05T00:00:00Z/41."})
final class QueryIngestRunsCommand implements Callable<Integer> {
    @ParentCommand QueryCommand parent;
    @Mixin QueryCommand.Window w;
    @Option(names = "--status", paramLabel = "S", description = "SUCCEEDED, FAILED or INTERRUPTED (default: all).")
    String status;

    @Override
    public Integer call() {
        final QueryCommand.Range r = w.parse();
        return parent.execute(q -> new IngestRunsQuery(q).page(status, r.from(), r.to(), w.after, parent.limit));
    }
}
