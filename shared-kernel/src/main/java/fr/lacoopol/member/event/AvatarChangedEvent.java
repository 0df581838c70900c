package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.StoredFile;
import fr.lacoopol.privacy.DataSubject;

@EventRevision("1")
public record AvatarChangedEvent(@DataSubject MemberId memberId, StoredFile avatar) {
}
