package fr.lacoopol.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.lacoopol.identity.SectionMembership;
import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Text;
import fr.lacoopol.organisation.command.AppointSecretaryCommand;
import fr.lacoopol.organisation.command.ChangeSectionAvatarCommand;
import fr.lacoopol.organisation.command.ConfigureSectionCommand;
import fr.lacoopol.organisation.event.SectionAvatarChangedEvent;
import fr.lacoopol.organisation.command.CreateSectionCommand;
import fr.lacoopol.organisation.command.DismissSecretaryCommand;
import fr.lacoopol.organisation.command.SendContactEmailCommand;
import fr.lacoopol.organisation.event.ContactEmailSentEvent;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.organisation.event.SecretaryDismissedEvent;
import fr.lacoopol.organisation.event.SectionConfiguredEvent;
import fr.lacoopol.organisation.event.SectionCreatedEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A section of a federation: its configuration (SEC-1), its secretaries (SEC-3), its e-mails to contacts (CON-3). */
@Aggregate
class SectionAggregate {

    static final int MAX_CONTACTS_PER_EMAIL = 5_000;

    @AggregateIdentifier
    private SectionId sectionId;
    private SectionProfile profile;
    private long configurationVersion = -1;
    private final Set<MemberId> secretaries = new HashSet<>();

    SectionAggregate() {
        // for Axon
    }

    @CommandHandler
    SectionAggregate(CreateSectionCommand command) {
        String name = Text.required("name", command.name(), 120);
        SectionAddress address = command.address();
        if (address != null) {
            address = new SectionAddress(Text.optional("address.street", address.street(), 200),
                    Text.optional("address.postalCode", address.postalCode(), 10),
                    Text.optional("address.city", address.city(), 100));
        }
        apply(new SectionCreatedEvent(command.sectionId(), command.federationId(), name, address));
    }

    /** Answers the sequence number of the configuration in force once handled, changed or not. */
    @CommandHandler
    long handle(ConfigureSectionCommand command, SectionMembership membership) {
        SectionProfile wanted = command.profile();
        List<MemberId> officers = new ArrayList<>(wanted.bureau());
        if (wanted.treasurerId() != null) officers.add(wanted.treasurerId());
        membership.requireInSection(sectionId, officers);
        if (!wanted.equals(profile)) apply(new SectionConfiguredEvent(sectionId, wanted));
        return configurationVersion;
    }

    @CommandHandler
    void handle(ChangeSectionAvatarCommand command) {
        apply(new SectionAvatarChangedEvent(sectionId, command.avatar()));
    }

    @CommandHandler
    void handle(AppointSecretaryCommand command, SectionMembership membership) {
        if (secretaries.contains(command.memberId())) {
            throw new ConflictException("already_secretary", "ce membre est déjà secrétaire de la section");
        }
        membership.requireInSection(sectionId, List.of(command.memberId()));
        apply(new SecretaryAppointedEvent(sectionId, command.memberId()));
    }

    @CommandHandler
    void handle(DismissSecretaryCommand command) {
        if (!secretaries.contains(command.memberId())) {
            throw new RuleViolationException("not_secretary", "ce membre n'est pas secrétaire de la section");
        }
        if (secretaries.size() == 1) {
            throw new RuleViolationException("last_secretary", "une section garde au moins un secrétaire");
        }
        apply(new SecretaryDismissedEvent(sectionId, command.memberId()));
    }

    @CommandHandler
    void handle(SendContactEmailCommand command) {
        String subject = Text.required("subject", command.subject(), 200);
        String body = Text.requiredParagraphs("body", command.body(), 20_000);
        List<ContactId> contacts = command.contactIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.contactIds()));
        if (contacts.isEmpty()) throw new InvalidValueException("contactIds", "choisis au moins un contact");
        if (contacts.size() > MAX_CONTACTS_PER_EMAIL) {
            throw new InvalidValueException("contactIds", "au plus " + MAX_CONTACTS_PER_EMAIL + " contacts par envoi");
        }
        apply(new ContactEmailSentEvent(sectionId, command.mailingId(), command.authorId(), subject, body, contacts));
    }

    @EventSourcingHandler
    void on(SectionCreatedEvent event) {
        sectionId = event.sectionId();
        profile = SectionProfile.initial(event.name(), event.address());
    }

    @EventSourcingHandler
    void on(SectionConfiguredEvent event, @SequenceNumber long sequenceNumber) {
        profile = event.profile();
        configurationVersion = sequenceNumber;
    }

    @EventSourcingHandler
    void on(SecretaryAppointedEvent event) {
        secretaries.add(event.memberId());
    }

    @EventSourcingHandler
    void on(SecretaryDismissedEvent event) {
        secretaries.remove(event.memberId());
    }
}
