-- A stored image is served only to whoever may see a profile or a section it is the avatar of.
CREATE INDEX member_profile_avatar ON member_profile (avatar_sha256) WHERE avatar_sha256 IS NOT NULL;
CREATE INDEX section_avatar ON section (avatar_sha256) WHERE avatar_sha256 IS NOT NULL;
