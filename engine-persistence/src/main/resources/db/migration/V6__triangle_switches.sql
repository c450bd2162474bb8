-- Two runs that differ only in their HTF switches, or in the engine version, are different
-- triangles: both go in the unique key. Rows stored before V6 did not keep the switches: -1.
ALTER TABLE triangle_events ADD COLUMN htf_switches smallint NOT NULL DEFAULT -1;
ALTER TABLE triangle_events ALTER COLUMN htf_switches DROP DEFAULT;
COMMENT ON COLUMN triangle_events.htf_switches IS 'Bit per timeframe taking part in HTF alignment: 1 5m, 2 15m, 4 1h, 8 4h, 16 1d; -1 for rows stored before V6';
COMMENT ON COLUMN triangle_events.engine_version IS 'FuturesConfig.ENGINE_VERSION of the engine that found the triangle';
ALTER TABLE triangle_events DROP CONSTRAINT triangle_events_uk;
ALTER TABLE triangle_events ADD CONSTRAINT triangle_events_uk UNIQUE (instrument_id, open_time, direction,
    htf_aligned_only, require_engulfing, require_sweep_engulfing, htf_switches, engine_version);
