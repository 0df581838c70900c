-- MOD-3: the moderators' decisions — content hidden or shown again, reports closed — by whom, why and when, with
-- the federation of the member concerned, whose referents read the log for their federation. Only ids and the
-- moderators' own words: nothing here names a member.
CREATE TABLE moderation_log (
    entry_id      VARCHAR(100) PRIMARY KEY,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    moderator     VARCHAR(64)  NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    content_id    VARCHAR(64)  NOT NULL,
    author_id     VARCHAR(64),
    federation_id VARCHAR(64),
    reason        TEXT         NOT NULL
);
CREATE INDEX moderation_log_federation ON moderation_log (federation_id, decided_at DESC);
CREATE INDEX moderation_log_time ON moderation_log (decided_at DESC);
