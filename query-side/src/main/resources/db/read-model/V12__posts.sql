-- PST: a post as walls, feeds and its page show it, with where it is published (P7). A deleted post leaves.
CREATE TABLE post (
    post_id          VARCHAR(64)   PRIMARY KEY,
    author_id        VARCHAR(64)   NOT NULL,
    section_id       VARCHAR(64),
    wall_owner_id    VARCHAR(64),
    -- whose wall it is on: its author's, or the member another wrote to
    wall_id          VARCHAR(64)   NOT NULL,
    type             VARCHAR(16)   NOT NULL,
    title            TEXT          NOT NULL,
    text             TEXT,
    tags             VARCHAR(50)[] NOT NULL,
    url              TEXT,
    video_provider   VARCHAR(16),
    video_id         VARCHAR(64),
    player_url       TEXT,
    image_sha256     VARCHAR(64),
    file_sha256      VARCHAR(64),
    file_type        VARCHAR(128),
    file_size        BIGINT,
    file_name        TEXT,
    public_post      BOOLEAN       NOT NULL,
    in_section_space BOOLEAN       NOT NULL,
    group_ids        VARCHAR(64)[] NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
-- A member's wall: their own posts and what others wrote on it, newest first.
CREATE INDEX post_wall ON post (wall_id, published_at DESC, post_id DESC);
CREATE INDEX post_image ON post (image_sha256) WHERE image_sha256 IS NOT NULL;
-- DASH-2: the network feed, newest first.
CREATE INDEX post_published ON post (published_at DESC, post_id DESC) WHERE wall_owner_id IS NULL;
