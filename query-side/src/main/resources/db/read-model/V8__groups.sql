-- GRP: a group as "Tous les groupes" shows it. folded_words: its name and description, folded as members' names
-- are, for the word search.
CREATE TABLE member_group (
    group_id     VARCHAR(64) PRIMARY KEY,
    name         TEXT        NOT NULL,
    description  TEXT,
    folded_words TEXT        NOT NULL,
    access       VARCHAR(16) NOT NULL,
    creator_id   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- GRP: who is in a group (MEMBER, ADMINISTRATOR) or asks to be (REQUESTED). Counts are counted here, not kept.
CREATE TABLE group_member (
    group_id  VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    role      VARCHAR(16) NOT NULL,
    since     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX group_member_member ON group_member (member_id, group_id);
