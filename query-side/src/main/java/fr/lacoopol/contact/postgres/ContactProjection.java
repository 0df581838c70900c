package fr.lacoopol.contact.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.CONTACT;

import fr.lacoopol.contact.ContactDetails;
import fr.lacoopol.contact.event.ContactAddedEvent;
import fr.lacoopol.contact.event.ContactChangedEvent;
import fr.lacoopol.contact.event.ContactDeletedEvent;
import fr.lacoopol.contact.event.ContactUnsubscribedEvent;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.member.Folding;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Component;

/** The CONTACTS tab (CON-1). Each change is guarded by the contact's event sequence number. */
@Component
@ProcessingGroup("contacts")
class ContactProjection {

    private final DSLContext db;

    ContactProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(ContactAddedEvent event, @SequenceNumber long sequence) {
        db.insertInto(CONTACT)
                .set(CONTACT.CONTACT_ID, event.contactId().value())
                .set(CONTACT.SECTION_ID, event.sectionId().value())
                .set(details(event.details()))
                .set(CONTACT.LAST_EVENT_SEQUENCE, sequence)
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(ContactChangedEvent event, @SequenceNumber long sequence) {
        update(event.contactId(), sequence, details(event.details()));
    }

    @EventHandler
    void on(ContactUnsubscribedEvent event, @SequenceNumber long sequence) {
        update(event.contactId(), sequence, Map.of(CONTACT.UNSUBSCRIBED, true));
    }

    @EventHandler
    void on(ContactDeletedEvent event) {
        db.deleteFrom(CONTACT).where(CONTACT.CONTACT_ID.eq(event.contactId().value())).execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(CONTACT).execute();
    }

    private void update(ContactId contactId, long sequence, Map<? extends Field<?>, ?> values) {
        db.update(CONTACT).set(values).set(CONTACT.LAST_EVENT_SEQUENCE, sequence)
                .where(CONTACT.CONTACT_ID.eq(contactId.value()))
                .and(CONTACT.LAST_EVENT_SEQUENCE.lt(sequence))
                .execute();
    }

    /** A shredded contact (its key deleted) keeps a row without anything that identifies them. */
    private static Map<Field<?>, Object> details(ContactDetails details) {
        Map<Field<?>, Object> values = new java.util.HashMap<>();
        values.put(CONTACT.FIRST_NAME, details == null ? null : details.name().firstName());
        values.put(CONTACT.LAST_NAME, details == null ? null : details.name().lastName());
        values.put(CONTACT.FOLDED_NAME, details == null ? null : Folding.fold(details.name().fullName()));
        values.put(CONTACT.ORGANISATION, details == null ? null : details.organisation());
        values.put(CONTACT.EMAIL, details == null ? null : details.email().value());
        return values;
    }
}
