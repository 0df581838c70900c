-- E-mails to send (NOT-3). A row is keyed by the event that caused it: a redelivered or replayed event
-- cannot enqueue it twice. PENDING -> SENDING (committed before the SMTP call) -> SENT; a row left SENDING
-- by a crash is not sent again automatically: it is reported, so nobody receives a message twice.
CREATE TABLE mail_outbox (
    mail_id     VARCHAR(128) PRIMARY KEY,
    kind        VARCHAR(32)  NOT NULL,
    recipient   VARCHAR(254) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    body        TEXT         NOT NULL,
    state       VARCHAR(16)  NOT NULL DEFAULT 'PENDING',
    attempts    INTEGER      NOT NULL DEFAULT 0,
    last_error  VARCHAR(500),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at     TIMESTAMPTZ
);
CREATE INDEX mail_outbox_pending ON mail_outbox (created_at) WHERE state = 'PENDING';
