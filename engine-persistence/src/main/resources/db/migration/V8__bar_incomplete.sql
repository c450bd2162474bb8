-- (V8, not V7: V7 is left to the instrument-identity migration being written beside this one;
-- renumber before merging if that one lands with another number.)
-- A higher-timeframe bucket still forming when an input file ended is stored too (FormingBar
-- records, output template 36), flagged incomplete: no bar of a file's last session vanishes.
-- The bucket stays open in the engine, so when the next file continues it the complete bar is
-- stored beside it; and every file end that found it forming stores its own snapshot (keyed by
-- the input sequence of that file's IngestFile input). So the one-row-per-key rule holds for
-- complete bars only, and incomplete rows are unique per (key, input_sequence).
ALTER TABLE bars ADD COLUMN incomplete boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN bars.incomplete IS 'true: an aggregated bucket as it stood at the end of an input file (FormingBar record, input_sequence = that file''s IngestFile input), not a completed bar; false for every other row';
ALTER TABLE bars DROP CONSTRAINT bars_uk;
/* [jooq ignore start] */
CREATE UNIQUE INDEX bars_uk ON bars (instrument_id, timeframe_seconds, open_time, source) WHERE NOT incomplete;
CREATE UNIQUE INDEX bars_incomplete_uk ON bars (instrument_id, timeframe_seconds, open_time, source, input_sequence)
    WHERE incomplete;
/* [jooq ignore stop] */
