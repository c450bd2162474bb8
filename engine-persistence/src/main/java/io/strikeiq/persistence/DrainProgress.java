package io.strikeiq.persistence;

import java.util.List;
import java.util.Map;

/**
 * One consistent reading of a {@link JournalDrain}'s progress, published by the drain thread
 * after each committed batch (and each retry) so another thread (a metrics scrape) can read it
 * without touching the drain's own state.
 *
 * @param queues the queue names, in the drain's order (input, signals, records)
 * @param committedIndex per queue, the Chronicle index of the last committed record, -1 if none
 * @param committedRecords per queue, records committed counted from the queue's start (checkpoints included)
 * @param batches batches this instance committed
 * @param retries failed batch attempts this instance retried
 * @param rowsInserted rows this instance inserted, per table
 */
public record DrainProgress(List<String> queues, List<Long> committedIndex, List<Long> committedRecords, long batches,
                            long retries, Map<String, Long> rowsInserted) {
    public DrainProgress {
        queues = List.copyOf(queues);
        committedIndex = List.copyOf(committedIndex);
        committedRecords = List.copyOf(committedRecords);
        rowsInserted = Map.copyOf(rowsInserted);
    }
}
