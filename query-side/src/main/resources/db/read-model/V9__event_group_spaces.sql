-- GRP-2: the groups an event is published in (P7: their members see it). Events recorded before groups have none.
ALTER TABLE agenda_event ADD COLUMN group_ids VARCHAR(64)[] NOT NULL DEFAULT '{}';
CREATE INDEX agenda_event_groups ON agenda_event USING GIN (group_ids);
