package io.strikeiq.feeds.dbn;

/**
 * Where a {@link DbnEventSource} is in its list of files (FEEDS.md "Failed, truncated and
 * interrupted files"). Every file opened gets exactly one IngestFile record, and the transition
 * that leaves the file says which: {@link DbnReadCycle} holds the transitions.
 */
enum DbnReadState {
    /** No file is open; the next poll opens the next file, or ends the source when none is left. */
    BETWEEN_FILES,
    /**
     * A file has been chosen (its index is current) and is being opened: left within the same poll,
     * to READING or with a FAILED record (only an Error escaping the open leaves it behind).
     */
    OPENING,
    /** The file's decoder is open and its records are being read. */
    READING,
    /**
     * The decoder has seen the end of the file; the trade minutes that end closed are still going
     * out, and then the file's OK record.
     */
    AT_END_OF_FILE,
    /** Every file has been opened and has its record; polls return END. */
    DONE,
    /** The run was stopped; the file being read (if any) got an INTERRUPTED record, no later file is read. */
    STOPPED
}
