-- GRP-1: the group's picture, by the hash of the stored image.
ALTER TABLE member_group ADD COLUMN avatar_sha256 VARCHAR(64);
CREATE INDEX member_group_avatar ON member_group (avatar_sha256) WHERE avatar_sha256 IS NOT NULL;
