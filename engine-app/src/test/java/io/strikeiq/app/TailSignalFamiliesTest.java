package io.strikeiq.app;

import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.RawRecords;
import io.strikeiq.sbe.MessageHeaderDecoder;
import io.strikeiq.signal.EngineId;
import io.strikeiq.signal.SignalType;
import net.openhft.chronicle.queue.ChronicleQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.strikeiq.app.SignalJournals.EXPIRY;
import static io.strikeiq.app.SignalJournals.signal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tail} prints each signal family's named values, and refuses a version-4 signals queue in one line. */
class TailSignalFamiliesTest {
    @TempDir
    Path tmp;

    @Test
    void eachFamilyPrintsItsNamedValues() {
        final Path journal = tmp.resolve("j");
        final long[] index = SignalJournals.write(journal,
            signal(1234, EngineId.PCR, SignalType.PCR_HIGH, 7, EXPIRY, 1, 0.4249, 0.6, 1.31204, 1.3, 13_120, 10_000),
            signal(1235, EngineId.GAMMA_EXPOSURE, SignalType.GAMMA_FLIP_CROSS, 7, 0, -1, 0.25, 1.0, 23_450.5, 23_480.25,
                -2.5e8, 1),
            signal(1236, EngineId.FUTURES, SignalType.TRIANGLE, 9, 0, 1, 1.0, 0, 24_101.5, 1, 0, Double.NaN));
        final CliRunner r = CliRunner.run("tail", "--journal", journal.toString(), "--no-follow");
        assertEquals(0, r.exitCode, r.toString());
        assertEquals(List.of(
            "#" + index[0] + " 2026-11-24T09:15:03.120Z seq=1234 pcr PCR_HIGH u7 exp=2026-11-24 BULLISH strength=0.42"
                + " conf=0.60 pcr=1.3120 threshold=1.3000 putOi=13120 callOi=10000",
            "#" + index[1] + " 2026-11-24T09:15:03.120Z seq=1235 gamma_exposure GAMMA_FLIP_CROSS u7 exp=all BEARISH"
                + " strength=0.25 conf=1.00 spot=23450.5000 flip=23480.2500 totalGex=-250000000.0000 convention=FLOW",
            "#" + index[2] + " 2026-11-24T09:15:03.120Z seq=1236 futures TRIANGLE u9 exp=all BULLISH strength=1.00"
                + " conf=0.00 close=24101.5000 engulfing=BULLISH sweep=NEUTRAL"), r.out.lines().toList());
    }

    @Test
    void aVersion4SignalsQueueIsRefusedInOneLineNamingBothVersions() {
        final Path journal = tmp.resolve("old");
        // What a version-4 engine wrote: the generic Signal (template 20, 81-byte block), checksummed.
        try (ChronicleQueue q = JournalLayout.openSignalsForWriting(journal)) {
            RawRecords.append(q, RawRecords.sealed(RawRecords.withHeader(81, 20, MessageHeaderDecoder.SCHEMA_ID, 4, 81)));
        }
        final CliRunner r = CliRunner.run("tail", "--journal", journal.toString(), "--no-follow");
        assertNotEquals(0, r.exitCode, r.toString());
        assertEquals("", r.out, r.toString());
        final List<String> err = r.err.lines().toList();
        assertEquals(1, err.size(), r.toString());
        assertTrue(err.get(0).contains("journal schema version 4, generic Signal template 20")
            && err.get(0).contains("this build writes and reads version 5"), r.toString());
    }
}
