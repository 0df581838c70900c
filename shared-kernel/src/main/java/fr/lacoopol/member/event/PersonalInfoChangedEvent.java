package fr.lacoopol.member.event;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;

public record PersonalInfoChangedEvent(
        @DataSubject MemberId memberId,
        @PersonalData PersonalInfo personalInfo) {
}
