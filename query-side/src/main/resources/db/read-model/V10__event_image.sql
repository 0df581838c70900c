-- EVT-2: the event's illustration, by the hash of the stored image.
ALTER TABLE agenda_event ADD COLUMN image_sha256 VARCHAR(64);
CREATE INDEX agenda_event_image ON agenda_event (image_sha256) WHERE image_sha256 IS NOT NULL;
