package fr.lacoopol.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.e2e.ApiTestSupport;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.command.ChangeVisibilityCommand;
import fr.lacoopol.member.command.CreatePersonToInviteCommand;
import fr.lacoopol.member.command.InviteMemberCommand;
import fr.lacoopol.member.event.MemberInvitedEvent;
import fr.lacoopol.member.event.PersonToInviteCreatedEvent;
import fr.lacoopol.member.event.VisibilityChangedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** GDPR-2's foundation: personal fields are stored encrypted per member; deleting the key erases them. */
class CryptoShreddingTest extends ApiTestSupport {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    MemberKeys keys;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void personalFieldsNeverReachTheEventTableInClearAndReadAsErasedOnceTheKeyIsGone() {
        MemberId member = MemberId.random();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "shred-" + run + "@exemple.fr";
        commands.sendAndWait(new CreatePersonToInviteCommand(member, new FederationId("f-shred"), new SectionId("s-shred"),
                MembershipType.SUPPORTER, new PersonName("Zoé", "Effacée" + run), new EmailAddress(email),
                new Coordinates("07 12 34 56 78", null, "99 avenue Secrète", null, "69001", "Lyon", "France"),
                PersonalInfo.NONE, "ADH-" + run, null));
        commands.sendAndWait(new InviteMemberCommand(member, "inv-" + run, Instant.now().plusSeconds(3600)));

        List<String> stored = jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?",
                String.class, member.value());
        assertThat(stored).hasSize(2).allSatisfy(payload -> assertThat(payload)
                .doesNotContain(email).doesNotContain("07 12 34 56 78").doesNotContain("avenue Secrète")
                .doesNotContain("Effacée").doesNotContain("ADH-" + run)
                .contains("enc:v1:").contains(member.value()));

        List<Object> before = payloads(member);
        PersonToInviteCreatedEvent created = (PersonToInviteCreatedEvent) before.get(0);
        assertThat(created.email().value()).isEqualTo(email);
        assertThat(created.coordinates().city()).isEqualTo("Lyon");

        keys.shred(member.value());

        List<Object> after = payloads(member);
        PersonToInviteCreatedEvent erased = (PersonToInviteCreatedEvent) after.get(0);
        assertThat(erased.name()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.coordinates()).isNull();
        assertThat(erased.membershipNumber()).isNull();
        // The rest of history still replays: who, which kind, that they were invited and when.
        assertThat(erased.memberId()).isEqualTo(member);
        assertThat(erased.membershipType()).isEqualTo(MembershipType.SUPPORTER);
        MemberInvitedEvent invited = (MemberInvitedEvent) after.get(1);
        assertThat(invited.invitationId()).isEqualTo("inv-" + run);
        assertThat(invited.email()).isNull();

        // The aggregate itself still loads from its erased history and takes commands.
        commands.sendAndWait(new ChangeVisibilityCommand(member, Visibility.EVERYONE));
        assertThat(payloads(member)).last().isEqualTo(new VisibilityChangedEvent(member, Visibility.EVERYONE));
    }

    private List<Object> payloads(MemberId member) {
        return eventStore.readEvents(member.value()).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
