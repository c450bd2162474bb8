package io.strikeiq.persistence;

import io.strikeiq.feeds.dbn.Compression;
import io.strikeiq.feeds.dbn.DbnEventSource;
import io.strikeiq.feeds.dbn.OhlcvFileGenerator;
import io.strikeiq.journal.JournalLayout;
import io.strikeiq.journal.RecordValidator;
import io.strikeiq.sbe.BarBiasesDecoder;
import io.strikeiq.sbe.InstrumentDefinitionDecoder;
import io.strikeiq.wiring.EngineSettings;
import io.strikeiq.wiring.JournaledEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 7: an NQ+ES journal and an NQ-only journal drained into ONE database keep every
 * row of both. Before, instrument ids were the journals' dense ids (1, 2, 3 ...): the NQ-only
 * journal's NQ took ids the first journal had given to ES and NQ, and its colliding rows were
 * dropped as duplicates. The two files cover different days (Mar 4 and Mar 6 2024, different
 * sessions, so no higher-timeframe bar spans both) of the same front contract NQH4: the only
 * rows the two journals may share are the instruments both define.
 */
class TwoJournalsOneDatabaseTest {
    @TempDir
    static Path dir;
    static EmbeddedDatabase pg;
    static Path nqEs;
    static Path nqOnly;

    @BeforeAll
    static void journals() throws IOException {
        pg = EmbeddedDatabase.start(dir.resolve("pg"));
        nqEs = journal("nq-es", new OhlcvFileGenerator(11, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5), "NQ", "ES"),
            1_000);
        nqOnly = journal("nq", new OhlcvFileGenerator(12, LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 7), "NQ"), 2_000);
    }

    @AfterAll
    static void stopPostgres() {
        pg.close();
    }

    /** Runs the generated file through the engine into a journal; distinct ingest run ids, as two ingests have. */
    private static Path journal(final String name, final OhlcvFileGenerator generator, final long runIdBase)
        throws IOException {
        final Path file = dir.resolve(name + ".dbn.zst");
        generator.write(file, Compression.ZSTD);
        final Path journal = dir.resolve(name);
        try (JournaledEngine engine = new JournaledEngine(journal, EngineSettings.defaults());
             DbnEventSource source = new DbnEventSource(List.of(file), 0, runIdBase)) {
            engine.start().run(source, 0, 0);
            engine.pipeline().awaitDrained();
        }
        return journal;
    }

    @Test
    void bothJournalsInOneDatabaseKeepEveryRowOfEach() throws SQLException {
        // Expected: each journal drained into a database of its own, and the journals' own records.
        final Map<String, Long> alone = drain(nqEs, "alone_nq_es");
        final Map<String, Long> aloneNq = drain(nqOnly, "alone_nq");
        assertEquals(biasRecords(nqEs), alone.get("bar_biases"), "every BarBiases record of the NQ+ES journal");
        assertEquals(biasRecords(nqOnly), aloneNq.get("bar_biases"), "every BarBiases record of the NQ journal");
        assertTrue(alone.get("bar_biases") > 2_000 && aloneNq.get("bar_biases") > 1_000, alone + " " + aloneNq);

        // The setup that used to collide: the journals give NQ's series different dense ids, and
        // the NQ-only journal's ids are ES's in the other.
        assertTrue(!localId(nqEs, "NQ.v.0").equals(localId(nqOnly, "NQ.v.0")), "NQ.v.0 under journal ids "
            + localId(nqEs, "NQ.v.0") + " and " + localId(nqOnly, "NQ.v.0"));
        assertEquals(localId(nqOnly, "NQ.v.0"), localId(nqEs, "ES.v.0"));
        final DatabaseTarget both = pg.database("nq_es_and_nq");
        try (JournalDrain a = new JournalDrain(nqEs, both, DrainOptions.defaults("nq-es"))) {
            a.drainAvailable();
        }
        try (JournalDrain b = new JournalDrain(nqOnly, both, DrainOptions.defaults("nq"))) {
            b.drainAvailable();
            assertEquals(0, b.deadLetters());
        }
        final Map<String, Long> expected = new TreeMap<>(alone);
        aloneNq.forEach((table, n) -> expected.merge(table, n, Long::sum));
        // The instruments both journals define (NQ.v.0 and NQH4) are one row each: the union.
        final Set<String> defined = definitions(nqEs);
        defined.addAll(definitions(nqOnly));
        assertEquals(6, definitions(nqEs).size() + definitions(nqOnly).size(), "series and front contract per root");
        assertEquals(4, defined.size(), "NQ.v.0 and its contract are in both journals");
        expected.put("instruments", (long) defined.size());
        expected.remove("bar_inputs"); // the work area empties once every bar is resolved
        final Map<String, Long> stored = TestJournals.storedRows(both);
        stored.remove("bar_inputs");
        assertEquals(expected, stored);

        // NQH4's rows of both days sit under one instrument, ES's under another.
        final Map<String, Long> perRoot = perRoot(pg.database("alone_nq_es"));
        perRoot.merge("NQ", perRoot(pg.database("alone_nq")).get("NQ"), Long::sum);
        assertEquals(perRoot, perRoot(both));
        assertEquals(Set.of("ES", "NQ"), perRoot.keySet());
    }

    /** Drains {@code journal} into a fresh database {@code name}; its stored row counts. */
    private static Map<String, Long> drain(final Path journal, final String name) {
        final DatabaseTarget db = pg.database(name);
        try (JournalDrain d = new JournalDrain(journal, db, DrainOptions.defaults(name))) {
            d.drainAvailable();
            assertEquals(0, d.deadLetters());
        }
        final Map<String, Long> rows = TestJournals.storedRows(db);
        rows.remove("bar_inputs");
        return rows;
    }

    /** Bias rows per root, by the symbol of the contract's series ({@code NQ.v.0} → NQ). */
    private static Map<String, Long> perRoot(final DatabaseTarget db) throws SQLException {
        final Map<String, Long> out = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT split_part(s.symbol, '.', 1), count(*) FROM bar_biases b"
                 + " JOIN instruments i ON i.instrument_id = b.instrument_id"
                 + " JOIN instruments s ON s.instrument_id = i.underlying_id GROUP BY 1")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** BarBiases records in the journal's records queue. */
    private static long biasRecords(final Path journal) {
        final long[] n = {0};
        TestJournals.census(JournalLayout.openRecordsForReading(journal), (template, buffer) -> {
            if (template == BarBiasesDecoder.TEMPLATE_ID) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** The journal's own id of the instrument defined as {@code symbol}, null if none. */
    private static Integer localId(final Path journal, final String symbol) {
        final Integer[] id = {null};
        TestJournals.census(JournalLayout.openInputForReading(journal), (template, buffer) -> {
            if (template == InstrumentDefinitionDecoder.TEMPLATE_ID) {
                final InstrumentDefinitionDecoder d = new InstrumentDefinitionDecoder().wrap(buffer,
                    RecordValidator.HEADER_LENGTH, InstrumentDefinitionDecoder.BLOCK_LENGTH,
                    InstrumentDefinitionDecoder.SCHEMA_VERSION);
                if (d.symbol().trim().equals(symbol)) {
                    id[0] = d.instrumentId();
                }
            }
        });
        return id[0];
    }

    /** "venue symbol" of every InstrumentDefinition of the journal's input queue. */
    private static Set<String> definitions(final Path journal) {
        final Set<String> out = new TreeSet<>();
        TestJournals.census(JournalLayout.openInputForReading(journal), (template, buffer) -> {
            if (template == InstrumentDefinitionDecoder.TEMPLATE_ID) {
                final InstrumentDefinitionDecoder d = new InstrumentDefinitionDecoder().wrap(buffer,
                    RecordValidator.HEADER_LENGTH, InstrumentDefinitionDecoder.BLOCK_LENGTH,
                    InstrumentDefinitionDecoder.SCHEMA_VERSION);
                out.add(d.venue().trim() + " " + d.symbol().trim());
            }
        });
        return out;
    }
}
