package fr.lacoopol.organisation.event;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;

public record SecretaryAppointedEvent(SectionId sectionId, MemberId memberId) {
}
