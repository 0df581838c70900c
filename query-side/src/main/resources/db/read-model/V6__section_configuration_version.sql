-- The section aggregate's sequence number of the configuration shown (SEC-1): a secretary's change answers
-- with the configuration it produced once the page has caught up with it.
ALTER TABLE section ADD COLUMN configuration_version BIGINT NOT NULL DEFAULT -1;
