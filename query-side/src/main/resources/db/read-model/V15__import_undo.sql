-- INV-7: a secretary undoes an import of members.
ALTER TABLE member_import ADD COLUMN undo_state VARCHAR(10); -- UNDOING, UNDONE; NULL: never undone
ALTER TABLE member_import ADD COLUMN undo_rows_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE member_import ADD COLUMN undo_rows_done INTEGER NOT NULL DEFAULT 0;
ALTER TABLE member_import ADD COLUMN removed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE member_import ADD COLUMN emptied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE member_import ADD COLUMN kept INTEGER NOT NULL DEFAULT 0;
ALTER TABLE member_import ADD COLUMN undone_at TIMESTAMP WITH TIME ZONE;
-- What could not be undone, or only in part, with the reason (the removed and unchanged rows are only counted).
CREATE TABLE import_undo_outcome (
    import_id VARCHAR(64)  NOT NULL,
    line      INTEGER      NOT NULL,
    kind      VARCHAR(10)  NOT NULL, -- EMPTIED or KEPT
    record_id VARCHAR(64),
    fields    TEXT,                  -- JSON array of the fields emptied
    reason    VARCHAR(300),
    PRIMARY KEY (import_id, line)
);
