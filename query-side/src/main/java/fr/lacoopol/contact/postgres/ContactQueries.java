package fr.lacoopol.contact.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.CONTACT;

import fr.lacoopol.contact.query.ContactPage;
import fr.lacoopol.contact.query.ContactView;
import fr.lacoopol.contact.query.Contacts;
import fr.lacoopol.contact.query.FindContactsQuery;
import fr.lacoopol.contact.query.ListContactsQuery;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.organisation.postgres.SectionManagers;
import fr.lacoopol.readmodel.NameSearch;
import fr.lacoopol.readmodel.jooq.tables.records.ContactRecord;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** A section's contacts (CON-1), for its managers; the contacts an e-mail goes to (CON-3). */
@Component
class ContactQueries {

    private final DSLContext db;
    private final SectionManagers managers;

    ContactQueries(DSLContext db, SectionManagers managers) {
        this.db = db;
        this.managers = managers;
    }

    @QueryHandler
    ContactPage handle(ListContactsQuery query) {
        managers.require(query.viewer(), query.sectionId());
        Condition where = CONTACT.SECTION_ID.eq(query.sectionId().value())
                .and(NameSearch.byName(CONTACT.FOLDED_NAME, query.text()));
        long total = db.fetchCount(CONTACT, where);
        List<ContactView> items = db.selectFrom(CONTACT).where(where)
                .orderBy(CONTACT.LAST_NAME, CONTACT.FIRST_NAME, CONTACT.CONTACT_ID)
                .limit(query.size()).offset((long) query.page() * query.size())
                .fetch(ContactQueries::view);
        return new ContactPage(items, total, query.page(), query.size());
    }

    @QueryHandler
    Contacts handle(FindContactsQuery query) {
        return new Contacts(db.selectFrom(CONTACT)
                .where(CONTACT.SECTION_ID.eq(query.sectionId().value()))
                .and(CONTACT.CONTACT_ID.in(query.contactIds().stream().map(ContactId::value).toList()))
                .fetch(ContactQueries::view));
    }

    private static ContactView view(ContactRecord row) {
        return new ContactView(row.getContactId(), row.getFirstName(), row.getLastName(), row.getOrganisation(),
                row.getEmail(), row.getUnsubscribed());
    }
}
