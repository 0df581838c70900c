-- GDPR-2: an erased member's key is destroyed but its row stays, keyless, as a tombstone: no later command, import
-- or replay may create a new key for them (their new events would be readable again).
ALTER TABLE member_key ALTER COLUMN aes_key DROP NOT NULL;
ALTER TABLE member_key ADD COLUMN erased_at TIMESTAMPTZ;
