-- Read models of members, sections and federations. Owned by Flyway (schema read_model); jOOQ's classes
-- are generated from these very scripts at build time.

CREATE TABLE federation (
    federation_id   VARCHAR(64)  PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    department_code VARCHAR(3)   NOT NULL
);

CREATE TABLE section (
    section_id    VARCHAR(64)  PRIMARY KEY,
    federation_id VARCHAR(64)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    street        VARCHAR(200),
    postal_code   VARCHAR(10),
    city          VARCHAR(100)
);

CREATE TABLE section_secretary (
    section_id VARCHAR(64) NOT NULL,
    member_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (section_id, member_id)
);

-- Everything known of a member. Who may read which column is decided by ProfileAudience, never here.
CREATE TABLE member_profile (
    member_id            VARCHAR(64)  PRIMARY KEY,
    federation_id        VARCHAR(64)  NOT NULL,
    section_id           VARCHAR(64),
    membership_type      VARCHAR(16)  NOT NULL,
    account_state        VARCHAR(16)  NOT NULL,
    first_name           VARCHAR(100),
    last_name            VARCHAR(100),
    -- first and last name, lower case, accents removed: what DIR-4 searches.
    folded_name          VARCHAR(201),
    email                VARCHAR(254),
    phone                VARCHAR(30),
    mobile               VARCHAR(30),
    address              VARCHAR(200),
    address_complement   VARCHAR(200),
    postal_code          VARCHAR(10),
    city                 VARCHAR(100),
    country              VARCHAR(100),
    sex                  VARCHAR(8),
    birth_date           DATE,
    membership_number    VARCHAR(64),
    membership_date      DATE,
    political_activities TEXT,
    public_info          TEXT,
    status_text          VARCHAR(280),
    status_link          VARCHAR(500),
    avatar_sha256        CHAR(64),
    visibility           VARCHAR(16)  NOT NULL,
    notify_new_message   BOOLEAN      NOT NULL,
    notify_wall_post     BOOLEAN      NOT NULL,
    notify_coopain       BOOLEAN      NOT NULL,
    charter_version      VARCHAR(32),
    invited_at           TIMESTAMP WITH TIME ZONE,
    activated_at         TIMESTAMP WITH TIME ZONE,
    last_access          TIMESTAMP WITH TIME ZONE,
    -- sequence number of the member's last event applied: an event delivered twice changes nothing.
    last_event_sequence  BIGINT       NOT NULL
);
CREATE INDEX member_profile_section ON member_profile (section_id, folded_name);
