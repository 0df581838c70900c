package fr.lacoopol.member;

import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModerationDecision;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.organisation.event.SecretaryDismissedEvent;
import java.util.Set;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order the projections keeping one row or document per member need: each member's events in order, a section's
 * appointment or a moderator's decision about a member with that member's own. Split by it, such a projection may
 * handle its events on several threads, each holding all of its members' events (its rebuild does:
 * {@code SideBySideReplays}); events about different members need no order among them.
 */
@Configuration(proxyBeanMethods = false)
public class PerMemberSequencing implements SequencingPolicy<EventMessage<?>> {

    /** The processing groups whose handlers write nothing but rows or documents of the member each event is about. */
    public static final Set<String> GROUPS = Set.of("member-profiles", "member-directory-v1");

    @Bean
    ConfigurerModule perMemberSequencingOfItsGroups() {
        return configurer -> configurer.eventProcessing(processing -> GROUPS.forEach(group ->
                processing.registerSequencingPolicy(group, configuration -> this)));
    }

    /** The member's id; for an event about no member, its aggregate's (or its own) identifier. */
    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        // The payload's type is known without reading the payload: only these few events are read here.
        Class<?> type = event.getPayloadType();
        if (type == SecretaryAppointedEvent.class) return ((SecretaryAppointedEvent) event.getPayload()).memberId().value();
        if (type == SecretaryDismissedEvent.class) return ((SecretaryDismissedEvent) event.getPayload()).memberId().value();
        if (ModerationDecision.class.isAssignableFrom(type)
                && event.getPayload() instanceof ModerationDecision decision && decision.kind() == ContentKind.PROFILE) {
            return decision.contentId();
        }
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }
}
