package io.strikeiq.feeds.dbn;

import io.strikeiq.event.IngestFileInfo;

/**
 * The state machine of a {@link DbnEventSource} over its files, without the I/O: which file is
 * current, whether it is open, and which IngestFile status the transition that leaves a file gives
 * it — OK only after the decoder saw the file's end and everything before it went out, FAILED when
 * it could not be opened or broke while being read (the next file still runs), INTERRUPTED when the
 * run stopped while it was open (also after its end was seen but before its OK record: the bars of
 * its last trade minutes never went out). A stop between files records nothing, and no file is
 * opened after a stop. A transition the source should never make throws {@link IllegalStateException}.
 */
final class DbnReadCycle {
    /** What {@link #stop()} returns when no file was open: no record to write. */
    static final byte NO_RECORD = -1;

    private final int fileCount;
    private DbnReadState state = DbnReadState.BETWEEN_FILES;
    /** Read by progress displays on other threads; written once per file. */
    private volatile int fileIndex = -1;

    DbnReadCycle(final int fileCount) {
        if (fileCount <= 0) {
            throw new IllegalArgumentException("no file to read");
        }
        this.fileCount = fileCount;
    }

    DbnReadState state() {
        return state;
    }

    /** 0-based index of the file opened last (-1 before the first); any thread. */
    int fileIndex() {
        return fileIndex;
    }

    /** True while the current file's decoder is open (READING or AT_END_OF_FILE). */
    boolean fileOpen() {
        return state == DbnReadState.READING || state == DbnReadState.AT_END_OF_FILE;
    }

    /**
     * BETWEEN_FILES → OPENING with the next file's index current, or → DONE (false) when every
     * file has been opened.
     */
    boolean beginNextFile() {
        require(DbnReadState.BETWEEN_FILES, "begin the next file");
        if (fileIndex + 1 >= fileCount) {
            state = DbnReadState.DONE;
            return false;
        }
        fileIndex++;
        state = DbnReadState.OPENING;
        return true;
    }

    /** OPENING → READING: the file's decoder and symbology are ready. */
    void opened() {
        require(DbnReadState.OPENING, "finish opening a file");
        state = DbnReadState.READING;
    }

    /** READING → AT_END_OF_FILE: the decoder has no record left. */
    void endOfFile() {
        require(DbnReadState.READING, "reach the end of a file");
        state = DbnReadState.AT_END_OF_FILE;
    }

    /** AT_END_OF_FILE → BETWEEN_FILES: everything the file gave went out; its record is OK. */
    byte finished() {
        require(DbnReadState.AT_END_OF_FILE, "finish a file");
        state = DbnReadState.BETWEEN_FILES;
        return IngestFileInfo.STATUS_OK;
    }

    /** OPENING or READING → BETWEEN_FILES: the file could not be opened or broke; its record is FAILED. */
    byte failed() {
        if (state != DbnReadState.OPENING && state != DbnReadState.READING) {
            throw illegal("fail a file");
        }
        state = DbnReadState.BETWEEN_FILES;
        return IngestFileInfo.STATUS_FAILED;
    }

    /**
     * Any state → STOPPED. Returns INTERRUPTED when a file was open (its record is due), otherwise
     * {@link #NO_RECORD} (between files, done, being opened, or stopped already).
     */
    byte stop() {
        final boolean open = fileOpen();
        state = DbnReadState.STOPPED;
        return open ? IngestFileInfo.STATUS_INTERRUPTED : NO_RECORD;
    }

    private void require(final DbnReadState expected, final String what) {
        if (state != expected) {
            throw illegal(what);
        }
    }

    private IllegalStateException illegal(final String what) {
        return new IllegalStateException("cannot " + what + " in state " + state + " (file index " + fileIndex + ")");
    }
}
