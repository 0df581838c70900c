-- MOD-2: "contacter l'équipe d'animation" — a member's message to the moderators, kept for them to answer, and
-- e-mailed to the team's address. Erased with its author (GDPR-2).
CREATE TABLE team_message (
    message_id VARCHAR(64)  PRIMARY KEY,
    member_id  VARCHAR(64)  NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX team_message_sent ON team_message (sent_at DESC);
CREATE INDEX team_message_member ON team_message (member_id);
