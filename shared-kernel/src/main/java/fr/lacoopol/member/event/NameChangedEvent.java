package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;

@EventRevision("1")
public record NameChangedEvent(@DataSubject MemberId memberId, @PersonalData PersonName name) {
}
