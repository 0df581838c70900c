package fr.lacoopol.member;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.event.ContentHiddenEvent;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.organisation.event.SecretaryDismissedEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

/** The events about one member go to the same thread, whichever aggregate recorded them. */
class PerMemberSequencingTest {

    private final PerMemberSequencing policy = new PerMemberSequencing();
    private final MemberId member = MemberId.random();
    private final SectionId section = SectionId.random();

    @Test
    void aSectionsOrAModeratorsEventAboutAMemberGoesWithTheMembersOwnEvents() {
        Object own = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("MemberAggregate", member.value(), 3,
                new InvitationAcceptedEvent(member, "invitation", "2026")));
        assertThat(own).isEqualTo(member.value());
        assertThat(policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("SectionAggregate", section.value(), 7,
                new SecretaryAppointedEvent(section, member)))).isEqualTo(own);
        assertThat(policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("SectionAggregate", section.value(), 8,
                new SecretaryDismissedEvent(section, member)))).isEqualTo(own);
        assertThat(policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("ModerationAggregate", "moderation", 1,
                new ContentHiddenEvent(ContentKind.PROFILE, member.value(), member, "75", "moderator", "insultes"))))
                .isEqualTo(own);
    }

    @Test
    void anEventAboutNoMemberKeepsItsAggregatesOrder() {
        assertThat(policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("ModerationAggregate", "moderation", 2,
                new ContentHiddenEvent(ContentKind.POST, "post-1", member, "75", "moderator", "spam"))))
                .isEqualTo("moderation");
        GenericEventMessage<String> loose = new GenericEventMessage<>("not from an aggregate");
        assertThat(policy.getSequenceIdentifierFor(loose)).isEqualTo(loose.getIdentifier());
    }
}
