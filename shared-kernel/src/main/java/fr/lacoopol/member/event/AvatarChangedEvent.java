package fr.lacoopol.member.event;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.StoredFile;
import fr.lacoopol.privacy.DataSubject;

public record AvatarChangedEvent(@DataSubject MemberId memberId, StoredFile avatar) {
}
