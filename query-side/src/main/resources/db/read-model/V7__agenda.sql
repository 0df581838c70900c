-- EVT: an event as its page shows it, with its counts kept by the projection. last_sequence is the last of the
-- event's own domain events applied: a redelivered one (sequence not above it) changes nothing.
CREATE TABLE agenda_event (
    event_id            VARCHAR(64)  PRIMARY KEY,
    creator_id          VARCHAR(64)  NOT NULL,
    section_id          VARCHAR(64),
    type                VARCHAR(32)  NOT NULL,
    kind                VARCHAR(16)  NOT NULL,
    title               TEXT         NOT NULL,
    description         TEXT,
    starts_local        TIMESTAMP    NOT NULL,
    ends_local          TIMESTAMP,
    starts_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at             TIMESTAMP WITH TIME ZONE,
    street              TEXT         NOT NULL,
    complement          TEXT,
    postal_code         VARCHAR(5),
    city                TEXT,
    public_event        BOOLEAN      NOT NULL,
    in_section_space    BOOLEAN      NOT NULL,
    places              INTEGER,
    invitation_message  TEXT,
    attendance_target   INTEGER      NOT NULL,
    reminder_hours      INTEGER      NOT NULL,
    remind_at           TIMESTAMP WITH TIME ZONE,
    cancelled           BOOLEAN      NOT NULL,
    cancel_reason       TEXT,
    yes_count           INTEGER      NOT NULL,
    maybe_count         INTEGER      NOT NULL,
    no_count            INTEGER      NOT NULL,
    waitlist_count      INTEGER      NOT NULL,
    invitee_count       INTEGER      NOT NULL,
    attended_count      INTEGER,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence       BIGINT       NOT NULL
);
CREATE INDEX agenda_event_creator ON agenda_event (creator_id, starts_at);
CREATE INDEX agenda_event_section ON agenda_event (section_id, starts_at) WHERE in_section_space;
CREATE INDEX agenda_event_public ON agenda_event (starts_at) WHERE public_event;

-- Everyone an event concerns: its invitees and whoever answered it (a public event is answered uninvited).
-- waitlist_position orders the waiting list (the event's sequence number of the yes that joined it).
CREATE TABLE event_guest (
    event_id          VARCHAR(64) NOT NULL,
    member_id         VARCHAR(64) NOT NULL,
    invited           BOOLEAN     NOT NULL,
    answer            VARCHAR(8),
    waitlist_position BIGINT,
    attended          BOOLEAN     NOT NULL,
    answered_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (event_id, member_id)
);
CREATE INDEX event_guest_member ON event_guest (member_id, event_id);

-- EVT-12: every answer and promotion, in order.
CREATE TABLE event_answer_change (
    event_id   VARCHAR(64) NOT NULL,
    sequence   BIGINT      NOT NULL,
    member_id  VARCHAR(64) NOT NULL,
    answer     VARCHAR(8)  NOT NULL,
    previous   VARCHAR(8),
    waitlisted BOOLEAN     NOT NULL,
    promoted   BOOLEAN     NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, sequence)
);

-- EVT-7, EVT-12: the reminders sent, with the size of their frozen audience (the audience itself is in the event).
CREATE TABLE event_reminder (
    event_id        VARCHAR(64) NOT NULL,
    reminder_id     VARCHAR(64) NOT NULL,
    automatic       BOOLEAN     NOT NULL,
    audience        VARCHAR(16),
    message         TEXT,
    recipient_count INTEGER     NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, reminder_id)
);

-- EVT-6, PST: comments, whatever they are about (subject_kind: event, post).
CREATE TABLE comment (
    comment_id   VARCHAR(64) PRIMARY KEY,
    subject_kind VARCHAR(16) NOT NULL,
    subject_id   VARCHAR(64) NOT NULL,
    author_id    VARCHAR(64) NOT NULL,
    body         TEXT,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    position     BIGINT      NOT NULL
);
CREATE INDEX comment_subject ON comment (subject_kind, subject_id, position);

-- NOT-2: a member's in-app alerts about events (invited, changed, cancelled, reminded, given a place), at the
-- time of the domain event. Which are unread is the member's own mark (the API's alerts_seen), not kept here: a
-- replay rebuilds this table exactly.
CREATE TABLE member_alert (
    alert_id   VARCHAR(160) PRIMARY KEY,
    member_id  VARCHAR(64)  NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    event_id   VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX member_alert_member ON member_alert (member_id, created_at DESC);
