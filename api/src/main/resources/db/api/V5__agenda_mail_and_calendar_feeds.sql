-- NOT-1 for events: what an event's e-mails say of it (title, date, place), kept by the mail processor itself from
-- the event's own domain events, so that a mail never waits for, nor races, another processor's read model.
CREATE TABLE mail_event_headline (
    event_id     VARCHAR(64) PRIMARY KEY,
    title        TEXT        NOT NULL,
    type_label   TEXT        NOT NULL,
    starts_local TIMESTAMP   NOT NULL,
    place        TEXT        NOT NULL,
    message      TEXT
);

-- EVT-11: a member's secret calendar URL, kept as its SHA-256 only; a new one replaces the old at once.
CREATE TABLE calendar_feed (
    member_id   VARCHAR(64) PRIMARY KEY,
    secret_hash BYTEA       NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- NOT-2: when a member last marked their event alerts read; later alerts are unread.
CREATE TABLE alerts_seen (
    member_id  VARCHAR(64) PRIMARY KEY,
    seen_until TIMESTAMP WITH TIME ZONE NOT NULL
);
