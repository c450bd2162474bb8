-- A drain name serves one journal: the checkpoint remembers which, so a second journal drained
-- under the same name is refused instead of resuming at the first journal's position.
ALTER TABLE drain_checkpoints ADD COLUMN journal varchar(1000);
COMMENT ON COLUMN drain_checkpoints.journal IS 'Absolute path of the journal folder this named drain reads (NULL for checkpoints written before V2)';
