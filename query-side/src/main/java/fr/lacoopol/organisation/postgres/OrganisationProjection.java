package fr.lacoopol.organisation.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.FEDERATION;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION_BUREAU;
import static fr.lacoopol.readmodel.jooq.Tables.SECTION_SECRETARY;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.organisation.SectionAddress;
import fr.lacoopol.organisation.SectionProfile;
import fr.lacoopol.organisation.event.FederationCreatedEvent;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.organisation.event.SecretaryDismissedEvent;
import fr.lacoopol.organisation.event.SectionAvatarChangedEvent;
import fr.lacoopol.organisation.event.SectionConfiguredEvent;
import fr.lacoopol.organisation.event.SectionCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.ResetHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Federations, sections and their secretaries, as the profile and directory queries join them. */
@Component
@ProcessingGroup("organisation")
class OrganisationProjection {

    private final DSLContext db;

    OrganisationProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(FederationCreatedEvent event) {
        db.insertInto(FEDERATION)
                .set(FEDERATION.FEDERATION_ID, event.federationId().value())
                .set(FEDERATION.NAME, event.name())
                .set(FEDERATION.DEPARTMENT_CODE, event.departmentCode())
                .onConflict(FEDERATION.FEDERATION_ID).doNothing()
                .execute();
    }

    @EventHandler
    void on(SectionCreatedEvent event) {
        SectionAddress address = event.address() == null ? new SectionAddress(null, null, null) : event.address();
        db.insertInto(SECTION)
                .set(SECTION.SECTION_ID, event.sectionId().value())
                .set(SECTION.FEDERATION_ID, event.federationId().value())
                .set(SECTION.NAME, event.name())
                .set(SECTION.STREET, address.street())
                .set(SECTION.POSTAL_CODE, address.postalCode())
                .set(SECTION.CITY, address.city())
                .onConflict(SECTION.SECTION_ID).doNothing()
                .execute();
    }

    @EventHandler
    void on(SecretaryAppointedEvent event) {
        db.insertInto(SECTION_SECRETARY)
                .set(SECTION_SECRETARY.SECTION_ID, event.sectionId().value())
                .set(SECTION_SECRETARY.MEMBER_ID, event.memberId().value())
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(SecretaryDismissedEvent event) {
        db.deleteFrom(SECTION_SECRETARY)
                .where(SECTION_SECRETARY.SECTION_ID.eq(event.sectionId().value()))
                .and(SECTION_SECRETARY.MEMBER_ID.eq(event.memberId().value()))
                .execute();
    }

    /** The whole configuration is in the event: applying it twice leaves the same rows. */
    @EventHandler
    void on(SectionAvatarChangedEvent event) {
        db.update(SECTION)
                .set(SECTION.AVATAR_SHA256, event.avatar().sha256())
                .where(SECTION.SECTION_ID.eq(event.sectionId().value()))
                .execute();
    }

    @EventHandler
    void on(SectionConfiguredEvent event, @SequenceNumber long version) {
        SectionProfile profile = event.profile();
        String section = event.sectionId().value();
        db.update(SECTION)
                .set(SECTION.NAME, profile.name())
                .set(SECTION.STREET, profile.street())
                .set(SECTION.POSTAL_CODE, profile.postalCode())
                .set(SECTION.CITY, profile.city())
                .set(SECTION.COUNTRY, profile.country())
                .set(SECTION.PHONE, profile.phone())
                .set(SECTION.WEBSITE, profile.website())
                .set(SECTION.FACEBOOK, profile.facebook())
                .set(SECTION.TWITTER, profile.twitter())
                .set(SECTION.TREASURER_ID, profile.treasurerId() == null ? null : profile.treasurerId().value())
                .set(SECTION.CONFIGURATION_VERSION, version)
                .where(SECTION.SECTION_ID.eq(section))
                .execute();
        db.deleteFrom(SECTION_BUREAU).where(SECTION_BUREAU.SECTION_ID.eq(section)).execute();
        int position = 0;
        for (MemberId member : profile.bureau()) {
            db.insertInto(SECTION_BUREAU)
                    .set(SECTION_BUREAU.SECTION_ID, section)
                    .set(SECTION_BUREAU.MEMBER_ID, member.value())
                    .set(SECTION_BUREAU.POSITION, position++)
                    .execute();
        }
    }

    @ResetHandler
    void reset() {
        db.truncate(SECTION_BUREAU).execute();
        db.truncate(SECTION_SECRETARY).execute();
        db.truncate(SECTION).execute();
        db.truncate(FEDERATION).execute();
    }
}
