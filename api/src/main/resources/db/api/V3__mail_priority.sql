-- Invitations and security e-mails (reset, address change) go before the rest: a section's message to
-- thousands must not hold up someone waiting for their link.
ALTER TABLE mail_outbox ADD COLUMN priority SMALLINT NOT NULL DEFAULT 1;
DROP INDEX mail_outbox_pending;
CREATE INDEX mail_outbox_pending ON mail_outbox (priority, created_at) WHERE state = 'PENDING';
