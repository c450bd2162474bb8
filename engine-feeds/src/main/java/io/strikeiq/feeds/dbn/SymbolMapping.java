package io.strikeiq.feeds.dbn;

import java.util.List;

/** A metadata mapping: the requested (input) symbol and the dated intervals it resolves to. */
public record SymbolMapping(String rawSymbol, List<MappingInterval> intervals) {
    public SymbolMapping {
        intervals = List.copyOf(intervals);
    }
}
