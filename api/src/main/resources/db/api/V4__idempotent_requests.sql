-- A POST sent again with the same Idempotency-Key by the same caller gets the first answer again, without
-- running twice (a double click, a retry after a lost answer). A row without a status is still running.
CREATE TABLE idempotent_request (
    caller       VARCHAR(128) NOT NULL,
    request_key  VARCHAR(128) NOT NULL,
    path         VARCHAR(500) NOT NULL,
    status       INTEGER,
    content_type VARCHAR(200),
    body         BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, request_key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
