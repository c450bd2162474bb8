-- bars holds exactly the bars the engines used. The engine keeps the FIRST accepted copy of a
-- (instrument, timeframe, minute): a later copy, e.g. a vendor correction, is a DUPLICATE reject
-- (BarValidator; the bar has already moved the aggregates and biases, which cannot be undone),
-- and a copy that failed validation leaves the minute open for the next one. So a vendor bar
-- reaches `bars` only once the engine's verdict on it is drained: the BarBiases record of an
-- accepted 1-minute bar, the BarReject record of a rejected one, both naming the bar's input
-- sequence. Until then it waits in bar_inputs (per drain name: input sequences are per journal),
-- and its ingest run is the one whose IngestFile input record follows it in the input queue.

-- Bars stored before V4 that the engine rejected (same key and input sequence as a reject) go.
/* [jooq ignore start] */
DELETE FROM bars b USING bar_rejects r
 WHERE b.source = 'input' AND b.instrument_id = r.instrument_id AND b.timeframe_seconds = r.timeframe_seconds
   AND b.open_time = r.open_time AND b.input_sequence = r.input_sequence;
/* [jooq ignore stop] */

ALTER TABLE bars ADD CONSTRAINT bars_ohlc_ck CHECK (low_price <= open_price AND low_price <= close_price
    AND open_price <= high_price AND close_price <= high_price);
ALTER TABLE bars ADD CONSTRAINT bars_volume_ck CHECK (volume >= 0);
ALTER TABLE bar_rejects ADD CONSTRAINT bar_rejects_volume_ck CHECK (volume >= 0);
COMMENT ON COLUMN bars.source IS 'input (vendor bars the engine accepted: first accepted copy of a minute) or aggregated (higher timeframes the engine completed)';
COMMENT ON COLUMN bars.ingest_run_id IS 'Ingest run of the vendor file the bar came from (the IngestFile record after it in the input queue); NULL for aggregated bars and for bars of a file whose ingest never finished';
COMMENT ON COLUMN bar_rejects.volume IS 'Volume of the rejected vendor bar (0 for rejects stored before V4)';
COMMENT ON COLUMN bar_rejects.ingest_run_id IS 'Ingest run of the vendor file the bar came from, as bars.ingest_run_id';

CREATE TABLE bar_inputs (
    drain_name        varchar(200)     NOT NULL,
    input_sequence    bigint           NOT NULL,
    instrument_id     integer          NOT NULL,
    timeframe_seconds integer          NOT NULL,
    open_time         timestamptz      NOT NULL,
    close_time        timestamptz      NOT NULL,
    open_price        double precision,
    high_price        double precision,
    low_price         double precision,
    close_price       double precision,
    volume            bigint           NOT NULL,
    ingest_run_id     bigint,
    resolved          boolean          NOT NULL,
    CONSTRAINT bar_inputs_pk PRIMARY KEY (drain_name, input_sequence),
    CONSTRAINT bar_inputs_volume_ck CHECK (volume >= 0)
);
COMMENT ON TABLE bar_inputs IS 'Vendor bars of the input journal waiting for the engine''s verdict or for their ingest run (the drain''s work area; a row goes once both are stored).';
COMMENT ON COLUMN bar_inputs.open_time IS 'Inclusive bar start';
COMMENT ON COLUMN bar_inputs.close_time IS 'Exclusive bar end: the record''s event time';
COMMENT ON COLUMN bar_inputs.resolved IS 'true once the verdict moved the bar into bars or filled its bar_rejects row';

CREATE TABLE bar_verdicts (
    drain_name     varchar(200) NOT NULL,
    input_sequence bigint       NOT NULL,
    reason         smallint     NOT NULL,
    CONSTRAINT bar_verdicts_pk PRIMARY KEY (drain_name, input_sequence)
);
-- Each batch looks up the drain's unresolved bars and its finished ones: partial indexes keep that
-- proportional to them, not to the bars waiting for their file's run.
/* [jooq ignore start] */
CREATE INDEX bar_inputs_open_idx ON bar_inputs (drain_name, input_sequence) WHERE NOT resolved;
CREATE INDEX bar_inputs_done_idx ON bar_inputs (drain_name) WHERE resolved AND ingest_run_id IS NOT NULL;
/* [jooq ignore stop] */
COMMENT ON TABLE bar_verdicts IS 'The engine''s verdict on a vendor bar (BarBiases = accepted, BarReject = its reason) drained before the bar itself; removed once the bar is resolved.';
COMMENT ON COLUMN bar_verdicts.reason IS 'io.strikeiq.bars.BarRejectReason code, 0 = ACCEPTED';
