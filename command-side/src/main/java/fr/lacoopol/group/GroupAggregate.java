package fr.lacoopol.group;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fr.lacoopol.errors.ForbiddenException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.group.command.ChangeGroupAdministratorCommand;
import fr.lacoopol.group.command.ChangeGroupAvatarCommand;
import fr.lacoopol.group.command.ChangeGroupCommand;
import fr.lacoopol.group.command.CreateGroupCommand;
import fr.lacoopol.group.command.JoinGroupCommand;
import fr.lacoopol.group.command.RemoveFromGroupCommand;
import fr.lacoopol.group.event.GroupAdministratorChangedEvent;
import fr.lacoopol.group.event.GroupAvatarChangedEvent;
import fr.lacoopol.group.event.GroupChangedEvent;
import fr.lacoopol.group.event.GroupCreatedEvent;
import fr.lacoopol.group.event.GroupJoinRequestedEvent;
import fr.lacoopol.group.event.GroupJoinedEvent;
import fr.lacoopol.group.event.GroupLeftEvent;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Text;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A group (GRP-1, GRP-2): who is in it, who asked to be, who administers it. Joining is open or on request; the
 * creator is its first administrator, administrators accept and remove members and name others, and a group
 * always keeps one administrator: the last cannot leave or step down while others remain in it (alone, they may:
 * whoever joins the empty group next administers it).
 */
@Aggregate(snapshotTriggerDefinition = "groupSnapshots")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class GroupAggregate {

    static final int NAME_LENGTH = 100;
    static final int DESCRIPTION_LENGTH = 4_000;

    @AggregateIdentifier
    private GroupId groupId;
    private GroupAccess access;
    /** Everyone in the group or asking to be, by member id. */
    private Map<String, GroupRole> people = new HashMap<>();

    GroupAggregate() {
        // for Axon
    }

    @CommandHandler
    GroupAggregate(CreateGroupCommand command) {
        apply(new GroupCreatedEvent(command.groupId(), command.creatorId(),
                Text.required("name", command.name(), NAME_LENGTH),
                Text.optionalParagraphs("description", command.description(), DESCRIPTION_LENGTH),
                Objects.requireNonNullElse(command.access(), GroupAccess.OPEN)));
    }

    @CommandHandler
    void handle(ChangeGroupCommand command) {
        requireAdministrator(command.administratorId());
        apply(new GroupChangedEvent(groupId, Text.required("name", command.name(), NAME_LENGTH),
                Text.optionalParagraphs("description", command.description(), DESCRIPTION_LENGTH),
                Objects.requireNonNullElse(command.access(), access)));
        // A group opened lets in whoever was waiting.
        if (command.access() == GroupAccess.OPEN) {
            people.entrySet().stream().filter(person -> person.getValue() == GroupRole.REQUESTED).map(Map.Entry::getKey)
                    .sorted().toList()
                    .forEach(waiting -> apply(new GroupJoinedEvent(groupId, new MemberId(waiting), command.administratorId())));
        }
    }

    @CommandHandler
    void handle(ChangeGroupAvatarCommand command) {
        requireAdministrator(command.administratorId());
        apply(new GroupAvatarChangedEvent(groupId, command.avatar().sha256()));
    }

    /**
     * Oneself: joins an open group, asks to join one on request. An administrator: accepts a request (adding someone
     * who did not ask is an invitation, not a membership). Doing it again changes nothing.
     */
    @CommandHandler
    GroupRole handle(JoinGroupCommand command) {
        GroupRole current = people.get(command.memberId().value());
        boolean self = command.actorId().equals(command.memberId());
        if (!self) {
            requireAdministrator(command.actorId());
            if (current == null) {
                throw new RuleViolationException("not_requested", "ce membre n'a pas demandé à rejoindre le groupe");
            }
            if (current == GroupRole.REQUESTED) {
                apply(new GroupJoinedEvent(groupId, command.memberId(), command.actorId()));
                return GroupRole.MEMBER;
            }
            return current;
        }
        if (current != null) return current;
        if (access == GroupAccess.OPEN) {
            apply(new GroupJoinedEvent(groupId, command.memberId(), null));
            // The first to come back to a group its last member left administers it.
            if (people.values().stream().noneMatch(role -> role == GroupRole.ADMINISTRATOR)) {
                apply(new GroupAdministratorChangedEvent(groupId, command.memberId(), null, true));
                return GroupRole.ADMINISTRATOR;
            }
            return GroupRole.MEMBER;
        }
        apply(new GroupJoinRequestedEvent(groupId, command.memberId()));
        return GroupRole.REQUESTED;
    }

    /** Oneself: leaves or withdraws a request. An administrator: removes a member or refuses a request. */
    @CommandHandler
    void handle(RemoveFromGroupCommand command) {
        boolean self = command.actorId().equals(command.memberId());
        if (!self) requireAdministrator(command.actorId());
        GroupRole current = people.get(command.memberId().value());
        if (current == null) {
            if (self) return;
            throw new NotFoundException();
        }
        if (current == GroupRole.ADMINISTRATOR) requireAnotherAdministrator(command.memberId());
        apply(new GroupLeftEvent(groupId, command.memberId(), self ? null : command.actorId(),
                current != GroupRole.REQUESTED));
    }

    @CommandHandler
    void handle(ChangeGroupAdministratorCommand command) {
        requireAdministrator(command.actorId());
        GroupRole current = people.get(command.memberId().value());
        if (current == null || current == GroupRole.REQUESTED) {
            throw new RuleViolationException("not_a_member", "seul un membre du groupe peut l'administrer");
        }
        if ((current == GroupRole.ADMINISTRATOR) == command.administrator()) return;
        if (!command.administrator()) requireAnotherAdministrator(command.memberId());
        apply(new GroupAdministratorChangedEvent(groupId, command.memberId(), command.actorId(), command.administrator()));
    }

    private void requireAdministrator(MemberId member) {
        if (people.get(member.value()) != GroupRole.ADMINISTRATOR) {
            throw new ForbiddenException("not_group_administrator", "seul un administrateur du groupe peut le faire");
        }
    }

    /** A group always keeps an administrator while it has members. */
    private void requireAnotherAdministrator(MemberId leaving) {
        boolean another = people.entrySet().stream()
                .anyMatch(person -> person.getValue() == GroupRole.ADMINISTRATOR && !person.getKey().equals(leaving.value()));
        boolean othersRemain = people.entrySet().stream()
                .anyMatch(person -> person.getValue() != GroupRole.REQUESTED && !person.getKey().equals(leaving.value()));
        if (!another && othersRemain) {
            throw new RuleViolationException("last_group_administrator",
                    "le groupe doit garder un administrateur : nomme d'abord un autre membre administrateur");
        }
    }

    @EventSourcingHandler
    void on(GroupCreatedEvent event) {
        groupId = event.groupId();
        access = event.access();
        people.put(event.creatorId().value(), GroupRole.ADMINISTRATOR);
    }

    @EventSourcingHandler
    void on(GroupChangedEvent event) {
        access = event.access();
    }

    @EventSourcingHandler
    void on(GroupJoinRequestedEvent event) {
        people.put(event.memberId().value(), GroupRole.REQUESTED);
    }

    @EventSourcingHandler
    void on(GroupJoinedEvent event) {
        people.put(event.memberId().value(), GroupRole.MEMBER);
    }

    @EventSourcingHandler
    void on(GroupLeftEvent event) {
        people.remove(event.memberId().value());
    }

    @EventSourcingHandler
    void on(GroupAdministratorChangedEvent event) {
        people.put(event.memberId().value(), event.administrator() ? GroupRole.ADMINISTRATOR : GroupRole.MEMBER);
    }
}
