-- SEC-1: the section's picture, served by the API from the content-addressed store.
ALTER TABLE section ADD COLUMN avatar_sha256 CHAR(64);
