-- Section management (issue 3): configuration, lists and zones, join requests, imports, contacts.

-- SEC-1: the section's configuration. The bureau is a table of its own, in the order the secretary chose.
ALTER TABLE section ADD COLUMN country      VARCHAR(100);
ALTER TABLE section ADD COLUMN phone        VARCHAR(30);
ALTER TABLE section ADD COLUMN website      VARCHAR(300);
ALTER TABLE section ADD COLUMN facebook     VARCHAR(300);
ALTER TABLE section ADD COLUMN twitter      VARCHAR(300);
ALTER TABLE section ADD COLUMN treasurer_id VARCHAR(64);
CREATE TABLE section_bureau (
    section_id VARCHAR(64) NOT NULL,
    member_id  VARCHAR(64) NOT NULL,
    position   INTEGER     NOT NULL,
    PRIMARY KEY (section_id, member_id)
);

-- LST-1, LST-2: lists and zones of a section, and who is on them. A zone has a description and a manager.
CREATE TABLE member_list (
    list_id     VARCHAR(64)  PRIMARY KEY,
    section_id  VARCHAR(64)  NOT NULL,
    kind        VARCHAR(8)   NOT NULL, -- LIST or ZONE
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    manager_id  VARCHAR(64)
);
CREATE INDEX member_list_section ON member_list (section_id, kind, name);
CREATE INDEX member_list_manager ON member_list (manager_id) WHERE manager_id IS NOT NULL;
CREATE TABLE list_member (
    list_id   VARCHAR(64) NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (list_id, member_id)
);
CREATE INDEX list_member_member ON list_member (member_id);

-- ACC-5, SEC-4: requests to join a section (or, when no section covers the postal code, a federation).
CREATE TABLE join_request (
    request_id    VARCHAR(64)  PRIMARY KEY,
    section_id    VARCHAR(64),
    federation_id VARCHAR(64)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL, -- PRE_REGISTRATION or MEMBER
    member_id     VARCHAR(64),
    first_name    VARCHAR(100),
    last_name     VARCHAR(100),
    email         VARCHAR(254),
    postal_code   VARCHAR(10),
    state         VARCHAR(10)  NOT NULL, -- PENDING, ACCEPTED, REFUSED
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX join_request_section ON join_request (section_id, state, submitted_at);
CREATE INDEX join_request_federation ON join_request (federation_id, state, submitted_at);

-- INV-4..6, CON-2: imports and what became of their rows. Imported rows are counted, not listed; merged and
-- rejected rows are listed (the report, and the rejected rows' CSV).
CREATE TABLE member_import (
    import_id       VARCHAR(64)  PRIMARY KEY,
    section_id      VARCHAR(64)  NOT NULL,
    kind            VARCHAR(10)  NOT NULL,
    file_sha256     CHAR(64)     NOT NULL,
    file_name       VARCHAR(255),
    encoding        VARCHAR(20)  NOT NULL,
    delimiter       VARCHAR(2)   NOT NULL,
    columns         TEXT         NOT NULL, -- JSON array of the header's cells
    total_rows      INTEGER      NOT NULL,
    state           VARCHAR(10)  NOT NULL, -- UPLOADED, RUNNING, FINISHED
    mapping         TEXT,                  -- JSON array of {column, field}
    membership_type VARCHAR(16),
    rows_done       INTEGER      NOT NULL DEFAULT 0,
    imported        INTEGER      NOT NULL DEFAULT 0,
    merged          INTEGER      NOT NULL DEFAULT 0,
    rejected        INTEGER      NOT NULL DEFAULT 0,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX member_import_section ON member_import (section_id, uploaded_at);
CREATE TABLE import_row_outcome (
    import_id VARCHAR(64)  NOT NULL,
    line      INTEGER      NOT NULL,
    kind      VARCHAR(10)  NOT NULL, -- MERGED or REJECTED
    record_id VARCHAR(64),
    reason    VARCHAR(300),
    PRIMARY KEY (import_id, line)
);

-- CON-1: contacts outside la coopol.
CREATE TABLE contact (
    contact_id          VARCHAR(64)  PRIMARY KEY,
    section_id          VARCHAR(64)  NOT NULL,
    first_name          VARCHAR(100),
    last_name           VARCHAR(100),
    folded_name         VARCHAR(201),
    organisation        VARCHAR(200),
    email               VARCHAR(254),
    unsubscribed        BOOLEAN      NOT NULL DEFAULT FALSE,
    last_event_sequence BIGINT       NOT NULL
);
CREATE INDEX contact_section ON contact (section_id, folded_name);
