-- StrikeIQ storage schema, version 1. The one schema of the product: Flyway applies this file,
-- jOOQ's DDLDatabase reads it at build time to generate the access classes (the PostgreSQL-only
-- parts it cannot interpret sit between [jooq ignore start]/[jooq ignore stop] comments).
-- Conventions: snake_case, plural table names, every instant a timestamptz whose COMMENT says
-- which instant it is; ids are the engine's instrument registry ids; unique keys on natural
-- keys make re-drains and re-ingests idempotent (ON CONFLICT DO NOTHING).

CREATE TABLE instruments (
    instrument_id   integer          NOT NULL,
    venue           varchar(16)             NOT NULL,
    symbol          varchar(32)             NOT NULL,
    kind            varchar(32)             NOT NULL,
    option_right    varchar(8)             NOT NULL,
    underlying_id   integer          NOT NULL,
    expiry          timestamptz,
    strike          double precision,
    lot_size        integer          NOT NULL,
    tick_size       double precision NOT NULL,
    strike_step     double precision,
    defined_at      timestamptz      NOT NULL,
    input_sequence  bigint           NOT NULL,
    CONSTRAINT instruments_pk PRIMARY KEY (instrument_id)
);
COMMENT ON TABLE instruments IS 'The instrument registry: one row per registry id (InstrumentDefinition records of the input journal).';
COMMENT ON COLUMN instruments.kind IS 'INDEX, FUTURE, OPTION or EQUITY';
COMMENT ON COLUMN instruments.option_right IS 'CALL, PUT or NONE';
COMMENT ON COLUMN instruments.underlying_id IS 'instrument_id of the underlying, 0 if none';
COMMENT ON COLUMN instruments.expiry IS 'Exact expiry instant of the contract (e.g. NSE 15:30 IST), NULL if it does not expire';
COMMENT ON COLUMN instruments.defined_at IS 'Event time of the InstrumentDefinition record that defined the id';
COMMENT ON COLUMN instruments.input_sequence IS 'Input-journal sequence of that definition (provenance)';
CREATE INDEX instruments_symbol_idx ON instruments (symbol);

CREATE TABLE market_snapshots (
    underlying_id          integer          NOT NULL,
    snapshot_time          timestamptz      NOT NULL,
    expiry                 timestamptz,
    input_sequence         bigint           NOT NULL,
    spot                   double precision,
    forward                double precision,
    vwap                   double precision,
    change                 double precision,
    change_pct             double precision,
    volume                 bigint           NOT NULL,
    rsi                    double precision,
    momentum               double precision,
    gamma_regime           smallint         NOT NULL,
    pcr_oi                 double precision,
    pcr_volume             double precision,
    pcr_z                  double precision,
    max_pain               double precision,
    atm_strike             double precision,
    atm_straddle           double precision,
    straddle_change        double precision,
    expected_move_straddle double precision,
    expected_move_iv       double precision,
    support_wall           double precision,
    resistance_wall        double precision,
    oi_acceleration        double precision,
    iv_regime              smallint         NOT NULL,
    atm_iv                 double precision,
    total_gex              double precision,
    gamma_flip             double precision,
    call_wall              double precision,
    put_wall               double precision,
    gex_convention         varchar(8)             NOT NULL
);
COMMENT ON TABLE market_snapshots IS 'Underlying and chain metrics every N seconds of event time (UnderlyingSnapshot records); NULL = not available (NaN in the journal).';
COMMENT ON COLUMN market_snapshots.snapshot_time IS 'Event time of the snapshot: the timer instant that produced it';
COMMENT ON COLUMN market_snapshots.expiry IS 'Expiry instant of the chain the figures cover; NULL = across all expiries';
COMMENT ON COLUMN market_snapshots.gamma_regime IS '+1 long gamma, -1 short gamma, 0 unknown';
COMMENT ON COLUMN market_snapshots.iv_regime IS '0 unknown, 1 LOW, 2 NORMAL, 3 HIGH, 4 EXTREME';
COMMENT ON COLUMN market_snapshots.total_gex IS 'Dealer gamma exposure, currency per 1 % move, under gex_convention';
/* [jooq ignore start] */
CREATE UNIQUE INDEX market_snapshots_uk ON market_snapshots
    (underlying_id, snapshot_time, (COALESCE(expiry, '-infinity'::timestamptz)));
/* [jooq ignore stop] */

CREATE TABLE option_chain_snapshots (
    instrument_id   integer          NOT NULL,
    snapshot_time   timestamptz      NOT NULL,
    underlying_id   integer          NOT NULL,
    expiry          timestamptz      NOT NULL,
    strike          double precision NOT NULL,
    option_right    varchar(8)             NOT NULL,
    input_sequence  bigint           NOT NULL,
    ltp             double precision,
    bid             double precision,
    ask             double precision,
    volume          bigint           NOT NULL,
    open_interest   bigint           NOT NULL,
    day_open_oi     bigint           NOT NULL,
    delta_oi        bigint           NOT NULL,
    iv              double precision,
    iv_flags        integer          NOT NULL,
    delta           double precision,
    gamma           double precision,
    theta           double precision,
    vega            double precision,
    build_up        varchar(16)             NOT NULL,
    CONSTRAINT option_chain_snapshots_uk UNIQUE (instrument_id, snapshot_time)
)
/* [jooq ignore start] */ PARTITION BY RANGE (snapshot_time) /* [jooq ignore stop] */;
COMMENT ON TABLE option_chain_snapshots IS 'One option leg every N seconds of event time (ContractSnapshot records). Partitioned by UTC day of snapshot_time: partitions option_chain_snapshots_pYYYYMMDD are created by the drain before it writes a day.';
COMMENT ON COLUMN option_chain_snapshots.snapshot_time IS 'Event time of the snapshot: the timer instant that produced it';
COMMENT ON COLUMN option_chain_snapshots.expiry IS 'Exact expiry instant of the contract';
COMMENT ON COLUMN option_chain_snapshots.theta IS 'Per calendar day';
COMMENT ON COLUMN option_chain_snapshots.vega IS 'Per 1.00 of volatility';
COMMENT ON COLUMN option_chain_snapshots.build_up IS 'NEUTRAL, LONG_BUILDUP, SHORT_BUILDUP, SHORT_COVERING or LONG_UNWINDING';
CREATE INDEX option_chain_snapshots_underlying_idx ON option_chain_snapshots (underlying_id, snapshot_time);

CREATE TABLE ingest_runs (
    ingest_run_id   bigint           NOT NULL,
    source_file     text             NOT NULL,
    sha256          text             NOT NULL,
    status          varchar(16)             NOT NULL,
    records_read    bigint           NOT NULL,
    bars_accepted   bigint           NOT NULL,
    bars_rejected   bigint           NOT NULL,
    min_time        timestamptz,
    max_time        timestamptz,
    started_at      timestamptz      NOT NULL,
    error           text,
    CONSTRAINT ingest_runs_pk PRIMARY KEY (ingest_run_id)
);
COMMENT ON TABLE ingest_runs IS 'One row per ingest of a vendor file (IngestRun records): re-ingesting a file adds a run, never duplicate bars.';
COMMENT ON COLUMN ingest_runs.ingest_run_id IS 'Run id as journaled by the ingesting process';
COMMENT ON COLUMN ingest_runs.status IS 'SUCCEEDED, FAILED or PARTIAL';
COMMENT ON COLUMN ingest_runs.min_time IS 'Earliest bar open_time in the file';
COMMENT ON COLUMN ingest_runs.max_time IS 'Latest bar open_time in the file';
COMMENT ON COLUMN ingest_runs.started_at IS 'Event time at which the run started (journaled, not the drain''s clock)';

CREATE TABLE bars (
    instrument_id     integer          NOT NULL,
    timeframe_seconds integer          NOT NULL,
    open_time         timestamptz      NOT NULL,
    close_time        timestamptz      NOT NULL,
    open_price        double precision NOT NULL,
    high_price        double precision NOT NULL,
    low_price         double precision NOT NULL,
    close_price       double precision NOT NULL,
    volume            bigint           NOT NULL,
    source            varchar(16)             NOT NULL,
    input_sequence    bigint           NOT NULL,
    ingest_run_id     bigint,
    CONSTRAINT bars_uk UNIQUE (instrument_id, timeframe_seconds, open_time, source)
);
COMMENT ON TABLE bars IS 'Completed OHLCV bars of every timeframe, keyed by instrument id (never by symbol alone).';
COMMENT ON COLUMN bars.open_time IS 'Inclusive bar start (Databento ts_event is the bar open)';
COMMENT ON COLUMN bars.close_time IS 'Exclusive bar end = open_time + timeframe; the instant the bar became available';
COMMENT ON COLUMN bars.source IS 'input (bars fed to the engine, input journal) or aggregated (higher timeframes the engine completed)';
COMMENT ON COLUMN bars.ingest_run_id IS 'Ingest run that first stored the bar, when it came from a vendor file';

CREATE TABLE bar_rejects (
    instrument_id     integer          NOT NULL,
    timeframe_seconds integer          NOT NULL,
    open_time         timestamptz      NOT NULL,
    reason            varchar(32)             NOT NULL,
    open_price        double precision,
    high_price        double precision,
    low_price         double precision,
    close_price       double precision,
    volume            bigint           NOT NULL,
    input_sequence    bigint           NOT NULL,
    ingest_run_id     bigint,
    CONSTRAINT bar_rejects_uk UNIQUE (instrument_id, timeframe_seconds, open_time, reason)
);
COMMENT ON TABLE bar_rejects IS 'Bars that failed validation or hygiene rules, with their reason code (futures_signals.md section 2).';
COMMENT ON COLUMN bar_rejects.open_time IS 'Inclusive start of the rejected bar';
COMMENT ON COLUMN bar_rejects.reason IS 'OHLC_INTEGRITY, NON_FINITE, NON_POSITIVE, NON_MONOTONIC, DUPLICATE, PRICE_FLOOR, DISCONTINUITY, SMALL_RANGE_BIG_GAP, FLAT_DISCONTINUITY';

CREATE TABLE triangle_events (
    instrument_id           integer     NOT NULL,
    symbol                  varchar(32)        NOT NULL,
    open_time               timestamptz NOT NULL,
    detected_at             timestamptz NOT NULL,
    direction               smallint    NOT NULL,
    bias_1m                 smallint    NOT NULL,
    bias_5m                 smallint    NOT NULL,
    bias_15m                smallint    NOT NULL,
    bias_1h                 smallint    NOT NULL,
    bias_4h                 smallint    NOT NULL,
    bias_1d                 smallint    NOT NULL,
    htf_bullish             boolean     NOT NULL,
    htf_bearish             boolean     NOT NULL,
    htf_aligned_only        boolean     NOT NULL,
    require_engulfing       boolean     NOT NULL,
    require_sweep_engulfing boolean     NOT NULL,
    engine_version          integer     NOT NULL,
    input_sequence          bigint      NOT NULL,
    CONSTRAINT triangle_events_uk UNIQUE (instrument_id, open_time, direction, htf_aligned_only, require_engulfing,
        require_sweep_engulfing)
);
COMMENT ON TABLE triangle_events IS 'Triangles of the futures signal chain with every bias and the filter switches in force.';
COMMENT ON COLUMN triangle_events.open_time IS 'Inclusive open of the 1-minute bar whose bias flip made the triangle';
COMMENT ON COLUMN triangle_events.detected_at IS 'Event time the triangle became known: that bar''s close_time';
COMMENT ON COLUMN triangle_events.direction IS '+1 bullish, -1 bearish; biases likewise, 0 neutral';

CREATE TABLE bar_biases (
    instrument_id integer     NOT NULL,
    open_time     timestamptz NOT NULL,
    bias_1m       smallint    NOT NULL,
    bias_5m       smallint    NOT NULL,
    bias_15m      smallint    NOT NULL,
    bias_1h       smallint    NOT NULL,
    bias_4h       smallint    NOT NULL,
    bias_1d       smallint    NOT NULL,
    input_sequence bigint     NOT NULL,
    CONSTRAINT bar_biases_pk PRIMARY KEY (instrument_id, open_time)
);
COMMENT ON TABLE bar_biases IS 'The six biases in force after each completed 1-minute bar (higher timeframes carried forward).';
COMMENT ON COLUMN bar_biases.open_time IS 'Inclusive open of the 1-minute bar';

CREATE TABLE signals (
    signal_id      bigint GENERATED BY DEFAULT AS IDENTITY,
    input_sequence bigint           NOT NULL,
    event_time     timestamptz      NOT NULL,
    engine         varchar(32)             NOT NULL,
    signal_type    varchar(48)             NOT NULL,
    underlying_id  integer          NOT NULL,
    expiry         timestamptz,
    direction      smallint         NOT NULL,
    strength       double precision,
    confidence     double precision,
    value1         double precision,
    value2         double precision,
    value3         double precision,
    value4         double precision,
    CONSTRAINT signals_pk PRIMARY KEY (signal_id)
);
COMMENT ON TABLE signals IS 'Every engine signal of the output journal, with provenance (input_sequence).';
COMMENT ON COLUMN signals.input_sequence IS 'Input-journal sequence of the event that produced the signal';
COMMENT ON COLUMN signals.event_time IS 'Event time of that input event';
COMMENT ON COLUMN signals.expiry IS 'Expiry instant the signal refers to; NULL = all expiries';
COMMENT ON COLUMN signals.direction IS '+1 bullish, -1 bearish, 0 neutral';
/* [jooq ignore start] */
CREATE UNIQUE INDEX signals_uk ON signals
    (input_sequence, engine, signal_type, underlying_id, (COALESCE(expiry, '-infinity'::timestamptz)));
/* [jooq ignore stop] */
CREATE INDEX signals_time_idx ON signals (event_time);

CREATE TABLE predictions (
    prediction_id  bigint GENERATED BY DEFAULT AS IDENTITY,
    signal_id      bigint,
    engine         varchar(32)             NOT NULL,
    underlying_id  integer          NOT NULL,
    regime         varchar(32)             NOT NULL,
    direction      smallint         NOT NULL,
    confidence     double precision NOT NULL,
    reference_price double precision NOT NULL,
    predicted_at   timestamptz      NOT NULL,
    input_sequence bigint           NOT NULL,
    CONSTRAINT predictions_pk PRIMARY KEY (prediction_id),
    CONSTRAINT predictions_uk UNIQUE (engine, underlying_id, input_sequence, direction)
);
COMMENT ON TABLE predictions IS 'Directional signals taken as predictions (learning work): judged later at fixed event-time horizons.';
COMMENT ON COLUMN predictions.predicted_at IS 'Event time of the input that produced the prediction';

CREATE TABLE outcomes (
    prediction_id   bigint           NOT NULL,
    horizon_seconds integer          NOT NULL,
    judged_at       timestamptz      NOT NULL,
    outcome_price   double precision NOT NULL,
    move            double precision NOT NULL,
    hit             boolean          NOT NULL,
    CONSTRAINT outcomes_pk PRIMARY KEY (prediction_id, horizon_seconds),
    CONSTRAINT outcomes_prediction_fk FOREIGN KEY (prediction_id) REFERENCES predictions (prediction_id)
);
COMMENT ON TABLE outcomes IS 'Outcome of a prediction at one event-time horizon.';
COMMENT ON COLUMN outcomes.judged_at IS 'Event time at which the horizon elapsed: predicted_at + horizon_seconds';

CREATE TABLE engine_experience (
    engine        varchar(32)             NOT NULL,
    underlying_id integer          NOT NULL,
    regime        varchar(32)             NOT NULL,
    alpha         double precision NOT NULL,
    beta          double precision NOT NULL,
    observations  bigint           NOT NULL,
    updated_at    timestamptz      NOT NULL,
    CONSTRAINT engine_experience_pk PRIMARY KEY (engine, underlying_id, regime)
);
COMMENT ON TABLE engine_experience IS 'Beta-Binomial experience per (engine, underlying, regime) with decay; calibrates confidence.';
COMMENT ON COLUMN engine_experience.updated_at IS 'Event time of the last outcome folded in';

CREATE TABLE paper_trades (
    paper_trade_id bigint GENERATED BY DEFAULT AS IDENTITY,
    prediction_id  bigint,
    instrument_id  integer          NOT NULL,
    side           smallint         NOT NULL,
    quantity       bigint           NOT NULL,
    entry_time     timestamptz      NOT NULL,
    entry_price    double precision NOT NULL,
    exit_time      timestamptz,
    exit_price     double precision,
    pnl            double precision,
    CONSTRAINT paper_trades_pk PRIMARY KEY (paper_trade_id),
    CONSTRAINT paper_trades_prediction_fk FOREIGN KEY (prediction_id) REFERENCES predictions (prediction_id)
);
COMMENT ON TABLE paper_trades IS 'Paper trades filled against the live chain.';
COMMENT ON COLUMN paper_trades.entry_time IS 'Event time of the fill that opened the trade';
COMMENT ON COLUMN paper_trades.exit_time IS 'Event time of the fill that closed it, NULL while open';

CREATE TABLE event_log (
    event_time     timestamptz NOT NULL,
    input_sequence bigint      NOT NULL,
    kind           varchar(32)        NOT NULL,
    instrument_id  integer     NOT NULL,
    detail         text,
    CONSTRAINT event_log_pk PRIMARY KEY (input_sequence, kind)
);
COMMENT ON TABLE event_log IS 'Session and engine events (session open/close, rolls, ...): one row per journaled event.';
COMMENT ON COLUMN event_log.event_time IS 'Event time of the journaled event';

CREATE TABLE drain_checkpoints (
    drain_name   varchar(200)        NOT NULL,
    queue        varchar(16)        NOT NULL,
    queue_index  bigint      NOT NULL,
    records      bigint      NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT drain_checkpoints_pk PRIMARY KEY (drain_name, queue)
);
COMMENT ON TABLE drain_checkpoints IS 'Chronicle index each named drain has committed, per queue; written in the same transaction as the rows.';
COMMENT ON COLUMN drain_checkpoints.queue IS 'input or output';
COMMENT ON COLUMN drain_checkpoints.queue_index IS 'Chronicle index of the last record whose rows are committed';
COMMENT ON COLUMN drain_checkpoints.updated_at IS 'Wall-clock time of the commit (operational, not event time)';
