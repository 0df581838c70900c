-- CON-3: an e-mail to outside contacts goes out in the section's name (through the platform's address) and
-- carries an unsubscribe link, also given to mail clients in the List-Unsubscribe header.
ALTER TABLE mail_outbox ADD COLUMN sender_name VARCHAR(200);
ALTER TABLE mail_outbox ADD COLUMN unsubscribe_url VARCHAR(500);
