-- NET: pending coopain requests (one per pair at most; a decided request leaves the table).
CREATE TABLE coopain_request (
    coopainship_id VARCHAR(64) PRIMARY KEY,
    asker_id       VARCHAR(64) NOT NULL,
    recipient_id   VARCHAR(64) NOT NULL,
    asked_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX coopain_request_recipient ON coopain_request (recipient_id, asked_at DESC);
CREATE INDEX coopain_request_asker ON coopain_request (asker_id, asked_at DESC);

-- NET: the bond, once per direction, so "my coopains" and "is X my coopain" are one index look-up.
CREATE TABLE coopain (
    member_id  VARCHAR(64) NOT NULL,
    coopain_id VARCHAR(64) NOT NULL,
    since      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, coopain_id)
);

-- MSG: a conversation and, per participant, their box: whether it is in their inbox (others wrote to them)
-- and their sent box (they wrote), its unread count, whether they deleted it.
CREATE TABLE conversation (
    conversation_id   VARCHAR(64)  PRIMARY KEY,
    author_id         VARCHAR(64)  NOT NULL,
    subject           TEXT,
    no_reply          BOOLEAN      NOT NULL,
    recipients_hidden BOOLEAN      NOT NULL,
    section_id        VARCHAR(64),
    participant_count INTEGER      NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE conversation_participant (
    conversation_id VARCHAR(64) NOT NULL,
    member_id       VARCHAR(64) NOT NULL,
    in_inbox        BOOLEAN     NOT NULL,
    in_sent         BOOLEAN     NOT NULL,
    unread          INTEGER     NOT NULL,
    deleted         BOOLEAN     NOT NULL,
    last_message_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, member_id)
);
CREATE INDEX conversation_inbox ON conversation_participant (member_id, last_message_at DESC)
    WHERE in_inbox AND NOT deleted;
CREATE INDEX conversation_sent ON conversation_participant (member_id, last_message_at DESC)
    WHERE in_sent AND NOT deleted;
CREATE INDEX conversation_unread ON conversation_participant (member_id) WHERE unread > 0 AND NOT deleted;
-- A message for everyone in the conversation (private_to null), or a reply that only its author and the
-- conversation's author read (private_to = the reply's author).
CREATE TABLE conversation_message (
    message_id      VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL,
    author_id       VARCHAR(64) NOT NULL,
    body            TEXT,
    private_to      VARCHAR(64),
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    position        BIGINT      NOT NULL
);
CREATE INDEX conversation_message_order ON conversation_message (conversation_id, position);
