package io.strikeiq.app;

import io.strikeiq.persistence.BarsQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code strikeiq query bars}: stored bars of a symbol in a window, incomplete end-of-file buckets flagged. */
@Command(name = "bars", mixinStandardHelpOptions = true,
    description = "Bars of a symbol (or a series' contracts) in a window: vendor 1m bars (source input) and the "
        + "engine's 5m/15m/30m/1h/4h/1d bars (source aggregated); incomplete = a bucket as it stood at the end of "
        + "an input file.",
    footer = {"", "Paging cursor (--after): open_time/instrument_id/timeframe_seconds/source/incomplete/"
        + "input_sequence of the page's last row, e.g. 2024-03-04T14:30:00Z/7/1800/aggregated/false/4711."})
final class QueryBarsCommand implements Callable<Integer> {
    @ParentCommand QueryCommand parent;
    @Mixin QueryCommand.Window w;
    @Option(names = "--symbol", required = true, paramLabel = "SYM") String symbol;
    @Option(names = "--timeframe", paramLabel = "TF", description = "1m, 5m, 15m, 30m, 1h, 4h or 1d (default: all).")
    String timeframe;
    @Option(names = "--complete-only", description = "Leave out the incomplete (end-of-file) rows.")
    boolean completeOnly;

    @Override
    public Integer call() {
        final QueryCommand.Range r = w.parse();
        return parent.execute(q -> new BarsQuery(q).page(symbol, timeframe, completeOnly, r.from(), r.to(), w.after,
            parent.limit));
    }
}
