package fr.lacoopol.charter;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.event.CharterAcceptedEvent;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * GDPR-3: the versions of the charter a member accepted and when, from their own events — at their invitation's
 * acceptance, then each time a new version was accepted (MOD-2).
 */
@Component
public class CharterAcceptances {

    public record Acceptance(String version, Instant acceptedAt) {
    }

    private final EventStore eventStore;

    CharterAcceptances(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Oldest first. */
    public List<Acceptance> of(MemberId member) {
        List<Acceptance> acceptances = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(member.value(), 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof InvitationAcceptedEvent accepted) {
                acceptances.add(new Acceptance(accepted.charterVersion(), event.getTimestamp()));
            } else if (event.getPayload() instanceof CharterAcceptedEvent accepted) {
                acceptances.add(new Acceptance(accepted.charterVersion(), event.getTimestamp()));
            }
        }
        return acceptances;
    }
}
