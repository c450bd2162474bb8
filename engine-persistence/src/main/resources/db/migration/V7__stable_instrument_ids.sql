-- Instrument identity is stable across runs and journals. The journal's instrument ids are dense
-- per run (1, 2, 3 ...): storing them made two journals drained into one database relabel each
-- other's instruments and drop colliding rows. From V7 an instrument is (venue, instrument_key),
-- the key being the vendor's instrument id ('vendor:5482') when the journal names one (a DBN
-- contract is journaled as ROOT.v.0@<vendor id>) and otherwise its symbol ('symbol:NQ.v.0'), and
-- every stored instrument id is a function of that pair: the first 63 bits of
-- SHA-256(venue || '|' || key) (io.strikeiq.persistence.InstrumentIdentity computes the same), so
-- it is bigint wherever an instrument is referenced.
ALTER TABLE instruments ADD COLUMN instrument_key varchar(64) NOT NULL DEFAULT '';
ALTER TABLE instruments ALTER COLUMN instrument_key DROP DEFAULT;
COMMENT ON COLUMN instruments.instrument_key IS 'Natural key within the venue: vendor:<vendor instrument id> or symbol:<symbol>';
COMMENT ON COLUMN instruments.instrument_id IS 'Stored identity: first 63 bits of SHA-256(venue|instrument_key), the same in every database';
COMMENT ON TABLE instruments IS 'One row per instrument (venue, instrument_key), from the InstrumentDefinition records of every journal drained; the latest definition wins.';

ALTER TABLE instruments ALTER COLUMN instrument_id TYPE bigint;
ALTER TABLE instruments ALTER COLUMN underlying_id TYPE bigint;
ALTER TABLE market_snapshots ALTER COLUMN underlying_id TYPE bigint;
ALTER TABLE option_chain_snapshots ALTER COLUMN instrument_id TYPE bigint;
ALTER TABLE option_chain_snapshots ALTER COLUMN underlying_id TYPE bigint;
ALTER TABLE bars ALTER COLUMN instrument_id TYPE bigint;
ALTER TABLE bar_rejects ALTER COLUMN instrument_id TYPE bigint;
ALTER TABLE bar_inputs ALTER COLUMN instrument_id TYPE bigint;
ALTER TABLE triangle_events ALTER COLUMN instrument_id TYPE bigint;
ALTER TABLE bar_biases ALTER COLUMN instrument_id TYPE bigint;
ALTER TABLE signals ALTER COLUMN underlying_id TYPE bigint;
ALTER TABLE predictions ALTER COLUMN underlying_id TYPE bigint;
ALTER TABLE engine_experience ALTER COLUMN underlying_id TYPE bigint;
ALTER TABLE paper_trades ALTER COLUMN instrument_id TYPE bigint;
ALTER TABLE event_log ALTER COLUMN instrument_id TYPE bigint;

/* [jooq ignore start] */
-- Rows stored before V7 carry the journal's ids: give each instrument its key and stable id, and
-- rewrite every reference through the same map. (Where the old per-journal ids had already
-- relabelled instruments, the rows are as wrong as before; re-drain those journals.)
UPDATE instruments SET instrument_key = CASE
    WHEN (CASE WHEN position('@' IN symbol) > 0 THEN substring(symbol FROM '.*@(.*)$') ELSE symbol END)
         ~ '^[1-9][0-9]{0,17}$'
    THEN 'vendor:' || (CASE WHEN position('@' IN symbol) > 0 THEN substring(symbol FROM '.*@(.*)$') ELSE symbol END)
    ELSE 'symbol:' || symbol END;
CREATE TEMPORARY TABLE v7_instrument_ids ON COMMIT DROP AS
SELECT instrument_id AS old_id,
       GREATEST(1, ('x' || substr(encode(sha256(convert_to(venue || '|' || instrument_key, 'UTF8')), 'hex'), 1, 16))::bit(64)::bigint
                   & 9223372036854775807) AS new_id
  FROM instruments;
-- Two old ids of one instrument (two journals drained before V7): one row stays, the latest definition.
DELETE FROM instruments i USING instruments j
 WHERE i.venue = j.venue AND i.instrument_key = j.instrument_key
   AND (i.input_sequence, i.instrument_id) < (j.input_sequence, j.instrument_id);
UPDATE instruments t SET instrument_id = m.new_id FROM v7_instrument_ids m WHERE t.instrument_id = m.old_id;
UPDATE instruments t SET underlying_id = m.new_id FROM v7_instrument_ids m WHERE t.underlying_id = m.old_id;
UPDATE market_snapshots t SET underlying_id = m.new_id FROM v7_instrument_ids m WHERE t.underlying_id = m.old_id;
UPDATE option_chain_snapshots t SET instrument_id = m.new_id FROM v7_instrument_ids m WHERE t.instrument_id = m.old_id;
UPDATE option_chain_snapshots t SET underlying_id = m.new_id FROM v7_instrument_ids m WHERE t.underlying_id = m.old_id;
UPDATE bars t SET instrument_id = m.new_id FROM v7_instrument_ids m WHERE t.instrument_id = m.old_id;
UPDATE bar_rejects t SET instrument_id = m.new_id FROM v7_instrument_ids m WHERE t.instrument_id = m.old_id;
UPDATE bar_inputs t SET instrument_id = m.new_id FROM v7_instrument_ids m WHERE t.instrument_id = m.old_id;
UPDATE triangle_events t SET instrument_id = m.new_id FROM v7_instrument_ids m WHERE t.instrument_id = m.old_id;
UPDATE bar_biases t SET instrument_id = m.new_id FROM v7_instrument_ids m WHERE t.instrument_id = m.old_id;
UPDATE signals t SET underlying_id = m.new_id FROM v7_instrument_ids m WHERE t.underlying_id = m.old_id;
UPDATE event_log t SET instrument_id = m.new_id FROM v7_instrument_ids m WHERE t.instrument_id = m.old_id;
/* [jooq ignore stop] */

ALTER TABLE instruments ADD CONSTRAINT instruments_natural_uk UNIQUE (venue, instrument_key);

-- Input sequences are per journal too: two journals' events at the same sequence are different
-- events, so the keys that hold one also hold the instrument and the event time.
ALTER TABLE event_log DROP CONSTRAINT event_log_pk;
ALTER TABLE event_log ADD CONSTRAINT event_log_pk PRIMARY KEY (input_sequence, kind, instrument_id, event_time);
/* [jooq ignore start] */
DROP INDEX signals_uk;
CREATE UNIQUE INDEX signals_uk ON signals
    (input_sequence, event_time, engine, signal_type, underlying_id, (COALESCE(expiry, '-infinity'::timestamptz)));
/* [jooq ignore stop] */
