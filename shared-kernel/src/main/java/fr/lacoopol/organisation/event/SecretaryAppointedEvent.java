package fr.lacoopol.organisation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;

@EventRevision("1")
public record SecretaryAppointedEvent(SectionId sectionId, MemberId memberId) {
}
