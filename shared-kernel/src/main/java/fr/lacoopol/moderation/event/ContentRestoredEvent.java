package fr.lacoopol.moderation.event;

import fr.lacoopol.history.EventRevision;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModerationDecision;

/** MOD-1: hidden content shown again by a moderator, with the reason. */
@EventRevision("1")
public record ContentRestoredEvent(
        ContentKind kind,
        String contentId,
        MemberId authorId,
        String federationId,
        String moderator,
        String reason) implements ModerationDecision {

    @Override
    public boolean hidden() {
        return false;
    }
}
