package io.strikeiq.persistence;

import java.util.List;

/**
 * Rows of a storage query as display values (numbers, strings, instants, nulls), with column
 * names; {@code nextAfter} is the {@code PageCursor} (the full sort key of the last row) to pass
 * as {@code after} for the next page, or null when this page was the last.
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, String nextAfter) {
}
