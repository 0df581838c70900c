package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.privacy.DataSubject;

@EventRevision("1")
public record VisibilityChangedEvent(@DataSubject MemberId memberId, Visibility visibility) {
}
