package fr.lacoopol.joinrequest.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;

/** ACC-5. Name, e-mail and postal code are the person's, encrypted under the request's own key. */
@EventRevision("1")
public record PreRegistrationSubmittedEvent(
        @DataSubject JoinRequestId requestId,
        SectionId sectionId,
        FederationId federationId,
        @PersonalData PersonName name,
        @PersonalData EmailAddress email,
        @PersonalData String postalCode) {
}
