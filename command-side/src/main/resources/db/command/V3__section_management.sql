-- Section management (issue 3): what the command side must know, strongly consistent with the events, to
-- check a command: who belongs to which section (lists, zones, roles, bureau) and which person or contact of
-- a section an imported row names (INV-5: same e-mail or membership number).

ALTER TABLE member_access ADD COLUMN membership_number VARCHAR(64);
CREATE INDEX member_access_section ON member_access (section_id);
CREATE INDEX member_access_membership_number ON member_access (section_id, membership_number)
    WHERE membership_number IS NOT NULL;

-- Contacts outside la coopol (CON-1): one per e-mail in a section; the unique constraint is the guard.
CREATE TABLE section_contact (
    contact_id VARCHAR(64)  PRIMARY KEY,
    section_id VARCHAR(64)  NOT NULL,
    email      VARCHAR(254) NOT NULL,
    UNIQUE (section_id, email)
);
