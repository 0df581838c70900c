package fr.lacoopol.audit;

import fr.lacoopol.agenda.event.AnswerGivenEvent;
import fr.lacoopol.agenda.event.AttendanceRecordedEvent;
import fr.lacoopol.agenda.event.EventCancelledEvent;
import fr.lacoopol.agenda.event.EventChangedEvent;
import fr.lacoopol.agenda.event.EventCreatedEvent;
import fr.lacoopol.agenda.event.EventImageChangedEvent;
import fr.lacoopol.agenda.event.InvitationChangedEvent;
import fr.lacoopol.agenda.event.InviteesAddedEvent;
import fr.lacoopol.agenda.event.ReminderSentEvent;
import fr.lacoopol.agenda.event.WaitlistPromotedEvent;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.event.AvatarChangedEvent;
import fr.lacoopol.member.event.CharterAcceptedEvent;
import fr.lacoopol.member.event.CoordinatesChangedEvent;
import fr.lacoopol.member.event.ImportedDataMergedEvent;
import fr.lacoopol.member.event.ImportedDataWithdrawnEvent;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import fr.lacoopol.member.event.LoginEmailChangedEvent;
import fr.lacoopol.member.event.MemberErasedEvent;
import fr.lacoopol.member.event.MemberInvitedEvent;
import fr.lacoopol.member.event.MemberLoggedInEvent;
import fr.lacoopol.member.event.MemberMovedEvent;
import fr.lacoopol.member.event.NameChangedEvent;
import fr.lacoopol.member.event.NotificationSettingsChangedEvent;
import fr.lacoopol.member.event.PasswordChangedEvent;
import fr.lacoopol.member.event.PasswordResetEvent;
import fr.lacoopol.member.event.PersonToInviteCreatedEvent;
import fr.lacoopol.member.event.PersonalInfoChangedEvent;
import fr.lacoopol.member.event.PoliticalActivitiesChangedEvent;
import fr.lacoopol.member.event.PublicInfoChangedEvent;
import fr.lacoopol.member.event.StatusChangedEvent;
import fr.lacoopol.member.event.VisibilityChangedEvent;
import fr.lacoopol.organisation.event.ContactEmailSentEvent;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.organisation.event.SecretaryDismissedEvent;
import fr.lacoopol.organisation.event.SectionAvatarChangedEvent;
import fr.lacoopol.organisation.event.SectionConfiguredEvent;
import fr.lacoopol.organisation.event.SectionCreatedEvent;
import fr.lacoopol.privacy.PersonalData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * AUD-2: the state of a member, a section or an event as it was at an instant, folded from that aggregate's own
 * events as the store holds them — not from a read model, which only knows the present. Each kind names the
 * fields an auditor asks about; an event the fold does not name changes nothing it shows.
 *
 * <p>Personal fields whose member's key has been destroyed read as {@code null} and are listed in
 * {@link #erasedFields()}: the event still says that they were set, and when.
 */
public final class StateAsOf {

    private final Map<String, Object> state = new LinkedHashMap<>();
    private final Set<String> erasedFields = new LinkedHashSet<>();
    private final Set<String> secretaries = new LinkedHashSet<>();
    private final List<String> importsMerged = new ArrayList<>();
    private final Map<String, Object> answers = new TreeMap<>();
    private final Set<String> invitees = new LinkedHashSet<>();
    private final Set<String> waitlist = new LinkedHashSet<>();
    private int remindersSent;
    private int contactEmailsSent;
    private final boolean keyDestroyed;

    /** @param keyDestroyed whether the member whose personal data the events carry has been erased */
    public StateAsOf(boolean keyDestroyed) {
        this.keyDestroyed = keyDestroyed;
    }

    public Map<String, Object> state() {
        Map<String, Object> whole = new LinkedHashMap<>(state);
        if (!secretaries.isEmpty()) whole.put("secretaryIds", List.copyOf(secretaries));
        if (!importsMerged.isEmpty()) whole.put("importsMerged", List.copyOf(importsMerged));
        if (state.containsKey("eventId")) {
            whole.put("inviteeCount", invitees.size());
            whole.put("answers", Map.copyOf(answers));
            whole.put("waitlist", List.copyOf(waitlist));
            whole.put("remindersSent", remindersSent);
        }
        if (contactEmailsSent > 0) whole.put("contactEmailsSent", contactEmailsSent);
        return whole;
    }

    public Set<String> erasedFields() {
        return Set.copyOf(erasedFields);
    }

    /** Applies one event, stored at {@code at}. */
    public void apply(Object payload, Instant at) {
        if (keyDestroyed) noteErased(payload);
        applyMember(payload, at);
        applySection(payload, at);
        applyEvent(payload, at);
    }

    private void applyMember(Object payload, Instant at) {
        if (payload instanceof PersonToInviteCreatedEvent e) {
            put("memberId", e.memberId().value());
            put("createdAt", at);
            put("accountState", "TO_INVITE");
            put("federationId", e.federationId().value());
            put("sectionId", e.sectionId() == null ? null : e.sectionId().value());
            put("membershipType", e.membershipType());
            put("name", e.name());
            put("email", e.email());
            put("coordinates", e.coordinates());
            put("personalInfo", e.personalInfo());
            put("membershipNumber", e.membershipNumber());
            put("membershipDate", e.membershipDate());
        } else if (payload instanceof MemberInvitedEvent e) {
            put("accountState", "INVITED");
            put("invitedAt", at);
            put("email", e.email());
            put("name", e.name());
        } else if (payload instanceof InvitationAcceptedEvent e) {
            put("accountState", "ACTIVE");
            put("activatedAt", at);
            put("charterVersion", e.charterVersion());
        } else if (payload instanceof ImportedDataMergedEvent e) {
            importsMerged.add(e.importId().value());
            // The e-mail and the number are only carried when the import filled them.
            if (e.email() != null) put("email", e.email());
            put("coordinates", e.coordinates());
            put("personalInfo", e.personalInfo());
            if (e.membershipNumber() != null) put("membershipNumber", e.membershipNumber());
            put("membershipDate", e.membershipDate());
        } else if (payload instanceof ImportedDataWithdrawnEvent e) {
            if (e.emailWithdrawn()) put("email", null);
            put("coordinates", e.coordinates());
            put("personalInfo", e.personalInfo());
            if (e.membershipNumberWithdrawn()) put("membershipNumber", null);
            put("membershipDate", e.membershipDate());
        } else if (payload instanceof CharterAcceptedEvent e) {
            put("charterVersion", e.charterVersion());
            put("charterAcceptedAt", at);
        } else if (payload instanceof LoginEmailChangedEvent e) {
            put("email", e.email());
        } else if (payload instanceof MemberLoggedInEvent) {
            put("lastLoginAt", at);
        } else if (payload instanceof PasswordChangedEvent || payload instanceof PasswordResetEvent) {
            put("passwordChangedAt", at);
        } else if (payload instanceof MemberMovedEvent e) {
            put("sectionId", e.toSection().value());
            put("federationId", e.toFederation().value());
        } else if (payload instanceof NameChangedEvent e) {
            put("name", e.name());
        } else if (payload instanceof CoordinatesChangedEvent e) {
            put("coordinates", e.coordinates());
        } else if (payload instanceof PersonalInfoChangedEvent e) {
            put("personalInfo", e.personalInfo());
        } else if (payload instanceof PoliticalActivitiesChangedEvent e) {
            put("politicalActivities", e.politicalActivities());
        } else if (payload instanceof PublicInfoChangedEvent e) {
            put("publicInfo", e.publicInfo());
        } else if (payload instanceof StatusChangedEvent e) {
            put("status", e.status());
        } else if (payload instanceof VisibilityChangedEvent e) {
            put("visibility", e.visibility());
        } else if (payload instanceof NotificationSettingsChangedEvent e) {
            put("notificationSettings", e.settings());
        } else if (payload instanceof AvatarChangedEvent e) {
            put("avatar", e.avatar());
        } else if (payload instanceof MemberErasedEvent e) {
            put("accountState", "ERASED");
            put("erasedAt", at);
            put("erasedBySecretary", e.bySecretary());
        }
    }

    private void applySection(Object payload, Instant at) {
        if (payload instanceof SectionCreatedEvent e) {
            put("sectionId", e.sectionId().value());
            put("createdAt", at);
            put("federationId", e.federationId().value());
            put("name", e.name());
            put("address", e.address());
        } else if (payload instanceof SectionConfiguredEvent e) {
            put("profile", e.profile());
        } else if (payload instanceof SectionAvatarChangedEvent e) {
            put("avatar", e.avatar());
        } else if (payload instanceof SecretaryAppointedEvent e) {
            secretaries.add(e.memberId().value());
        } else if (payload instanceof SecretaryDismissedEvent e) {
            secretaries.remove(e.memberId().value());
        } else if (payload instanceof ContactEmailSentEvent) {
            contactEmailsSent++;
        }
    }

    private void applyEvent(Object payload, Instant at) {
        if (payload instanceof EventCreatedEvent e) {
            put("eventId", e.eventId().value());
            put("createdAt", at);
            put("creatorId", e.creatorId().value());
            put("sectionId", e.sectionId() == null ? null : e.sectionId().value());
            put("description", e.description());
            put("startsAt", e.startsAt());
            put("endsAt", e.endsAt());
            put("invitationMessage", e.invitationMessage());
            put("attendanceTarget", e.attendanceTarget());
            put("reminderHoursBefore", e.reminderHoursBefore());
            put("cancelled", false);
        } else if (payload instanceof EventChangedEvent e) {
            put("description", e.description());
            put("startsAt", e.startsAt());
            put("endsAt", e.endsAt());
            put("reminderHoursBefore", e.reminderHoursBefore());
        } else if (payload instanceof InvitationChangedEvent e) {
            put("invitationMessage", e.invitationMessage());
            put("attendanceTarget", e.attendanceTarget());
        } else if (payload instanceof EventImageChangedEvent e) {
            put("imageSha256", e.imageSha256());
        } else if (payload instanceof EventCancelledEvent e) {
            put("cancelled", true);
            put("cancelledAt", at);
            put("cancellationReason", e.reason());
        } else if (payload instanceof InviteesAddedEvent e) {
            e.memberIds().forEach(id -> invitees.add(id.value()));
        } else if (payload instanceof AnswerGivenEvent e) {
            answers.put(e.memberId().value(), e.answer());
            if (e.waitlisted()) waitlist.add(e.memberId().value());
            else waitlist.remove(e.memberId().value());
        } else if (payload instanceof WaitlistPromotedEvent e) {
            waitlist.remove(e.memberId().value());
        } else if (payload instanceof ReminderSentEvent) {
            remindersSent++;
        } else if (payload instanceof AttendanceRecordedEvent e) {
            put("attendeeIds", e.attendeeIds().stream().map(MemberId::value).toList());
        }
    }

    private void put(String field, Object value) {
        state.put(field, value);
    }

    /** A personal component that reads null while its member's key is gone was erased, not left blank. */
    private void noteErased(Object payload) {
        if (!payload.getClass().isRecord()) return;
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (!component.isAnnotationPresent(PersonalData.class)) continue;
            try {
                if (component.getAccessor().invoke(payload) == null) erasedFields.add(component.getName());
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }
}
