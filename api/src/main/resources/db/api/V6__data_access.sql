-- AUD-5: every read of a member's private data by someone else. One row per read, naming every member whose
-- data it showed (a roster page of 100 is one row, not 100): a member's "who saw my data" is an index lookup
-- on member_ids, and a read costs one insert whatever its size.
CREATE TABLE data_access (
    access_id    BIGSERIAL    PRIMARY KEY,
    read_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    reader       VARCHAR(64)  NOT NULL,
    channel      VARCHAR(32)  NOT NULL,
    target       VARCHAR(200) NOT NULL,
    member_ids   VARCHAR(64)[] NOT NULL,
    -- Set when the read is recorded from an event (an import's merge): a replay records it once.
    source_event VARCHAR(64)  UNIQUE
);
CREATE INDEX data_access_members ON data_access USING GIN (member_ids);
