package fr.lacoopol.organisation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;
import java.util.List;

/** CON-3. Subject and body are the author's writing, encrypted under their key; one e-mail per contact follows. */
@EventRevision("1")
public record ContactEmailSentEvent(
        SectionId sectionId,
        String mailingId,
        @DataSubject MemberId authorId,
        @PersonalData String subject,
        @PersonalData String body,
        List<ContactId> contactIds) {
}
