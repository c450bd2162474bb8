package io.strikeiq.app;

import io.strikeiq.persistence.SnapshotsQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code strikeiq query snapshots}: the underlying and chain metrics snapshots of an underlying in a window. */
@Command(name = "snapshots", mixinStandardHelpOptions = true,
    description = "Underlying and chain metrics snapshots (spot, PCR, max pain, ATM IV, GEX, walls) of an underlying "
        + "in a window, by time; expiry empty = across all expiries.",
    footer = {"", "Paging cursor (--after): snapshot_time/underlying_id/expiry of the page's last row, a snapshot "
        + "across all expiries written with expiry 1970-01-01T00:00:00Z, e.g. "
        + "2026-11-24T04:15:00Z/1/1970-01-01T00:00:00Z."})
final class QuerySnapshotsCommand implements Callable<Integer> {
    @ParentCommand QueryCommand parent;
    @Mixin QueryCommand.Window w;
    @Option(names = "--symbol", required = true, paramLabel = "SYM", description = "Underlying, e.g. NIFTY") String symbol;

    @Override
    public Integer call() {
        final QueryCommand.Range r = w.parse();
        return parent.execute(q -> new SnapshotsQuery(q).page(symbol, r.from(), r.to(), w.after, parent.limit));
    }
}
