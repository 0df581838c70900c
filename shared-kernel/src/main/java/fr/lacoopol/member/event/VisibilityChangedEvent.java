package fr.lacoopol.member.event;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.privacy.DataSubject;

public record VisibilityChangedEvent(@DataSubject MemberId memberId, Visibility visibility) {
}
