package fr.lacoopol.member.event;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.PoliticalActivities;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;

public record PoliticalActivitiesChangedEvent(
        @DataSubject MemberId memberId,
        @PersonalData PoliticalActivities activities) {
}
