-- One federation per département (SEC-1): the primary key is the guard, checked in the transaction that
-- appends FederationCreatedEvent. Federations created before it are entered from the event store; where two
-- already share a département, the first keeps it.
CREATE TABLE federation_department (
    department_code VARCHAR(3)  PRIMARY KEY,
    federation_id   VARCHAR(64) NOT NULL UNIQUE
);
INSERT INTO federation_department (department_code, federation_id)
SELECT convert_from(payload, 'UTF8')::jsonb ->> 'departmentCode', aggregateidentifier
FROM domainevententry
WHERE payloadtype = 'fr.lacoopol.organisation.event.FederationCreatedEvent'
ORDER BY globalindex
ON CONFLICT DO NOTHING;
