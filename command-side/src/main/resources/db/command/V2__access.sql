-- Command-side tables: never read by the query side.

-- One AES-256 key per member (GDPR-2): deleting the row makes the member's personal fields unreadable
-- everywhere in the event store.
CREATE TABLE member_key (
    member_id  VARCHAR(64) PRIMARY KEY,
    aes_key    BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Who a member is for access decisions, kept in the same transaction as the events that change it.
-- The unique login e-mail is the real guard of "one account per e-mail".
CREATE TABLE member_access (
    member_id     VARCHAR(64)  PRIMARY KEY,
    login_email   VARCHAR(254) UNIQUE,
    section_id    VARCHAR(64),
    federation_id VARCHAR(64),
    account_state VARCHAR(16)  NOT NULL
);

CREATE TABLE role_grant (
    member_id VARCHAR(64) NOT NULL,
    role      VARCHAR(16) NOT NULL,
    scope_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (member_id, role, scope_id)
);

-- Sections covered by a federation, to know which referent a section answers to.
CREATE TABLE section_federation (
    section_id    VARCHAR(64) PRIMARY KEY,
    federation_id VARCHAR(64) NOT NULL
);

-- Password hashes never enter an event; they live here.
CREATE TABLE credential (
    member_id     VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Bearer sessions (ACC-3): only the SHA-256 of the token is kept.
CREATE TABLE auth_session (
    token_hash   CHAR(64)    PRIMARY KEY,
    principal    VARCHAR(64) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX auth_session_principal ON auth_session (principal);
