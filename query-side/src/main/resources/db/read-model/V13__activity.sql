-- DASH-3, PST-6: what members did, for their coopains' feed and their own page. Only ids are kept: what an item
-- shows (the post, the other member, the event) is read, and checked for the viewer (P4, P7), when it is shown.
CREATE TABLE activity (
    activity_id     VARCHAR(200) PRIMARY KEY,
    member_id       VARCHAR(64)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    post_id         VARCHAR(64),
    other_member_id VARCHAR(64),
    group_id        VARCHAR(64),
    section_id      VARCHAR(64),
    event_id        VARCHAR(64),
    answer          VARCHAR(8),
    status_text     TEXT,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX activity_member ON activity (member_id, occurred_at DESC, activity_id DESC);
CREATE INDEX activity_post ON activity (post_id) WHERE post_id IS NOT NULL;
