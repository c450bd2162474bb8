package io.strikeiq.feeds.dbn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeiq.event.IngestFileInfo;
import org.junit.jupiter.api.Test;

/**
 * The DBN source's file states, against FEEDS.md "Failed, truncated and interrupted files": every
 * file opened gets one record — OK when read to its end, FAILED when it cannot be opened or breaks
 * (the next file still runs), INTERRUPTED when the run stops while it is open; a stop between files
 * or after the last adds nothing, and no file is read after a stop.
 */
class DbnReadCycleTest {
    @Test
    void filesReadToTheirEndAreOkOneAfterAnotherThenTheSourceIsDone() {
        final DbnReadCycle c = new DbnReadCycle(2);
        assertEquals(DbnReadState.BETWEEN_FILES, c.state());
        assertEquals(-1, c.fileIndex(), "no file opened yet");
        for (int file = 0; file < 2; file++) {
            assertTrue(c.beginNextFile());
            assertEquals(file, c.fileIndex());
            assertEquals(DbnReadState.OPENING, c.state());
            assertFalse(c.fileOpen(), "not open until its decoder is");
            c.opened();
            assertEquals(DbnReadState.READING, c.state());
            assertTrue(c.fileOpen());
            c.endOfFile();
            assertEquals(DbnReadState.AT_END_OF_FILE, c.state());
            assertTrue(c.fileOpen(), "its last trade minutes and its record have not gone out yet");
            assertEquals(IngestFileInfo.STATUS_OK, c.finished());
            assertEquals(DbnReadState.BETWEEN_FILES, c.state());
        }
        assertFalse(c.beginNextFile(), "no file left");
        assertEquals(DbnReadState.DONE, c.state());
        assertEquals(1, c.fileIndex(), "the last file stays current");
        assertEquals(DbnReadCycle.NO_RECORD, c.stop(), "a stop after the last file adds nothing");
    }

    @Test
    void aFileThatCannotBeOpenedOrBreaksIsFailedAndTheNextFileStillRuns() {
        final DbnReadCycle c = new DbnReadCycle(3);
        assertTrue(c.beginNextFile());
        assertEquals(IngestFileInfo.STATUS_FAILED, c.failed(), "cannot be opened");
        assertTrue(c.beginNextFile());
        assertEquals(1, c.fileIndex());
        c.opened();
        assertEquals(IngestFileInfo.STATUS_FAILED, c.failed(), "breaks half-way");
        assertTrue(c.beginNextFile());
        assertEquals(2, c.fileIndex());
        c.opened();
        c.endOfFile();
        assertEquals(IngestFileInfo.STATUS_OK, c.finished());
        assertFalse(c.beginNextFile());
    }

    @Test
    void aStopWhileAFileIsOpenInterruptsItAndNoLaterFileIsRead() {
        final DbnReadCycle reading = new DbnReadCycle(2);
        reading.beginNextFile();
        reading.opened();
        assertEquals(IngestFileInfo.STATUS_INTERRUPTED, reading.stop());
        assertEquals(DbnReadState.STOPPED, reading.state());
        assertEquals(0, reading.fileIndex(), "the interrupted file is the current one");
        assertEquals(DbnReadCycle.NO_RECORD, reading.stop(), "one record per file");
        assertThrows(IllegalStateException.class, reading::beginNextFile, "a file after the stop is not read");

        final DbnReadCycle atEnd = new DbnReadCycle(1);
        atEnd.beginNextFile();
        atEnd.opened();
        atEnd.endOfFile();
        assertEquals(IngestFileInfo.STATUS_INTERRUPTED, atEnd.stop(), "its OK record had not gone out");
    }

    @Test
    void aStopBetweenFilesOrBeforeAnyRecordsNothing() {
        final DbnReadCycle fresh = new DbnReadCycle(2);
        assertEquals(DbnReadCycle.NO_RECORD, fresh.stop());
        final DbnReadCycle between = new DbnReadCycle(2);
        between.beginNextFile();
        between.opened();
        between.endOfFile();
        between.finished();
        assertEquals(DbnReadCycle.NO_RECORD, between.stop(), "the finished file has its OK record");
        assertEquals(0, between.fileIndex(), "the second file was never opened");
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        final DbnReadCycle c = new DbnReadCycle(1);
        assertThrows(IllegalStateException.class, c::opened, "nothing is being opened");
        assertThrows(IllegalStateException.class, c::endOfFile, "no file is open");
        assertThrows(IllegalStateException.class, c::failed, "no file to fail");
        c.beginNextFile();
        assertThrows(IllegalStateException.class, c::beginNextFile, "the current file has no record yet");
        assertThrows(IllegalStateException.class, c::finished, "OK only after its end was seen");
        c.opened();
        assertThrows(IllegalStateException.class, c::finished, "OK only after its end was seen");
        c.endOfFile();
        assertThrows(IllegalStateException.class, c::failed, "its records were all read");
        assertThrows(IllegalArgumentException.class, () -> new DbnReadCycle(0));
    }
}
