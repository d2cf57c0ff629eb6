-- The write seam (issue #17, src/store/seam.rs): every change to every
-- table, field by field, recorded in the same transaction by triggers that
-- are generated from the schema after the migrations (so they are not in
-- this file). `change_context` is one row the store sets at the start of
-- each write transaction; the triggers copy it into what they record.
CREATE TABLE change_log (
    -- The order of changes on this computer.
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    -- Who was at the keyboard ("You are"); no reference, a person's
    -- changes stay recorded after the person is removed.
    actor_id    TEXT,
    origin      TEXT NOT NULL CHECK (origin IN ('window', 'cli', 'import', 'restore', 'server')),
    -- The write transaction, so one command's changes travel together.
    tx          INTEGER NOT NULL,
    table_name  TEXT NOT NULL,
    -- The record's id; for a table keyed by several columns, their values
    -- as a JSON array. '*' for a reset.
    row_id      TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete', 'reset')),
    -- For an update: the field, its old and its new value.
    column_name TEXT,
    -- For a delete, the old row as a JSON object (the tombstone); for an
    -- insert, the new row as one.
    old_value   ANY,
    new_value   ANY
) STRICT;
CREATE INDEX change_log_record ON change_log (table_name, row_id);
CREATE INDEX change_log_tx ON change_log (tx);

CREATE TABLE change_context (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    tx        INTEGER NOT NULL,
    origin    TEXT NOT NULL,
    actor_id  TEXT,
    at        TEXT NOT NULL,
    -- 0 while a reset (a JSON import) replaces every row.
    recording INTEGER NOT NULL CHECK (recording IN (0, 1))
) STRICT;
INSERT INTO change_context (id, tx, origin, actor_id, at, recording) VALUES (1, 0, 'window', NULL, '', 1);
