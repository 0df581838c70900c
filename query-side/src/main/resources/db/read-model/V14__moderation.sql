-- MOD-1: content hidden by a moderator leaves every read path, as private content does; the row stays, so that a
-- moderator can show it again and counts still hold.
ALTER TABLE post ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE comment ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE agenda_event ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE member_group ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE member_profile ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
