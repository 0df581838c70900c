-- MOD-1: "signaler un abus" — a member's report on content they can see, queued for the moderators, who close it
-- with their decision. Erased with its reporter (GDPR-2).
CREATE TABLE abuse_report (
    report_id   VARCHAR(64)  PRIMARY KEY,
    reporter_id VARCHAR(64)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    target_id   VARCHAR(64)  NOT NULL,
    reason      TEXT         NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    closed_by   VARCHAR(64),
    closed_at   TIMESTAMP WITH TIME ZONE,
    decision    TEXT
);
CREATE INDEX abuse_report_open ON abuse_report (reported_at) WHERE closed_at IS NULL;
CREATE INDEX abuse_report_reporter ON abuse_report (reporter_id);
