package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.PoliticalActivities;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;

/**
 * PRO-4. Revision 2 named its second component {@code politicalActivities}, as the profile and the audit call it;
 * revision 1 (stored without a revision) called it {@code activities} ({@code PoliticalActivitiesUpcaster}).
 */
@EventRevision("2")
public record PoliticalActivitiesChangedEvent(
        @DataSubject MemberId memberId,
        @PersonalData PoliticalActivities politicalActivities) {
}
