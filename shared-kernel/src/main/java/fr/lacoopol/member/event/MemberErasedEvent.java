package fr.lacoopol.member.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.MemberId;

/**
 * GDPR-2: the person is erased. Carries nothing personal: what remains of them in history is that they existed and
 * what they did; their personal fields read as erased once their key is destroyed, which this event causes.
 * undoneImport (revision 2; absent before): the import whose undoing removed the person it had created (INV-7).
 */
@EventRevision("2")
public record MemberErasedEvent(MemberId memberId, boolean bySecretary, ImportId undoneImport) {

    public MemberErasedEvent(MemberId memberId, boolean bySecretary) {
        this(memberId, bySecretary, null);
    }
}
