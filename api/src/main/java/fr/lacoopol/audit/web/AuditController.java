package fr.lacoopol.audit.web;

import fr.lacoopol.access.MessageOrigin;
import fr.lacoopol.audit.DataAccess;
import fr.lacoopol.audit.DataAccessLog;
import fr.lacoopol.audit.StateAsOf;
import fr.lacoopol.conversation.event.ConversationDeletedForMemberEvent;
import fr.lacoopol.conversation.event.ConversationMarkedEvent;
import fr.lacoopol.conversation.event.ConversationStartedEvent;
import fr.lacoopol.conversation.event.MessagePostedEvent;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.identity.PersonalDataErasure;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * AUD-1 and AUD-2, for auditors: an aggregate's full, ordered history, and its state at an instant, both read
 * from the event store itself (not a projection). Personal fields are shown decrypted while the member's key
 * exists, and as erased once it has been destroyed. A conversation's history says who wrote, to how many and
 * when — never a subject, a body, or a recipient the author hid. Every audit read is itself recorded: a member's in
 * their data-access log (AUD-5), the others for {@code /api/audit/reads}.
 */
@RestController
@Tag(name = "Audit")
class AuditController {

    /** Path segment → the aggregate type the event store records. */
    private static final Map<String, String> AGGREGATE_TYPES = Map.of(
            "members", "MemberAggregate",
            "sections", "SectionAggregate",
            "events", "EventAggregate",
            "federations", "FederationAggregate",
            "conversations", "ConversationAggregate");
    /** What AUD-2 folds: the kinds whose state an auditor asks about. */
    private static final Set<String> STATE_KINDS = Set.of("members", "sections", "events");

    /** One event: {@code correlationId} names the command that caused it, {@code traceId} the request. */
    record HistoryEntry(long sequenceNumber, String type, Instant timestamp, String actor, String correlationId,
                        String traceId, Object payload) {
    }

    record HistoryPage(String aggregateId, String aggregateType, List<HistoryEntry> items, long total, int page,
                       int size) {
    }

    /** {@code sequenceNumber}: the last event folded, the first one after {@code at} excluded. */
    record StateAt(String aggregateId, String aggregateType, Instant at, long sequenceNumber, Instant lastChangedAt,
                   Map<String, Object> state, Set<String> erasedFields) {
    }

    private final EventStore eventStore;
    private final PersonalDataErasure erasure;
    private final DataAccessLog dataAccess;

    AuditController(EventStore eventStore, PersonalDataErasure erasure, DataAccessLog dataAccess) {
        this.eventStore = eventStore;
        this.erasure = erasure;
        this.dataAccess = dataAccess;
    }

    @GetMapping("/api/audit/{kind}/{id}/history")
    @Operation(summary = "Historique complet d'un membre, d'une section, d'une fédération, d'un événement ou d'une "
            + "conversation (AUD-1)",
            description = "Chaque événement avec son type, son heure, son numéro de séquence et le membre qui l'a causé. "
                    + "Pour une conversation : qui a écrit, à combien de destinataires, quand — jamais le sujet, le "
                    + "texte, ni un destinataire masqué.")
    HistoryPage history(@PathVariable String kind, @PathVariable String id,
                        @RequestParam(name = "page", defaultValue = "0") int page,
                        @RequestParam(name = "size", defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        List<DomainEventMessage<?>> events = eventsOf(kind, id);
        boolean conversation = kind.equals("conversations");
        boolean recipientsHidden = conversation && events.get(0).getPayload() instanceof ConversationStartedEvent started
                && started.recipientsHidden();
        String authorId = conversation && events.get(0).getPayload() instanceof ConversationStartedEvent started
                ? started.authorId().value() : null;
        List<HistoryEntry> all = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            String actor = (String) event.getMetaData().get(MessageOrigin.ACTOR);
            Object payload = event.getPayload();
            if (conversation) {
                if (recipientsHidden && actor != null && !actor.equals(authorId)) actor = null;
                payload = conversationSummary(payload, recipientsHidden, authorId);
            }
            all.add(new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    event.getTimestamp(), actor, (String) event.getMetaData().get("correlationId"),
                    (String) event.getMetaData().get("traceId"), payload));
        }
        if (kind.equals("members")) dataAccess.record(DataAccess.AUDIT_HISTORY, kind + "/" + id, List.of(id));
        else dataAccess.recordAuditRead(DataAccess.AUDIT_HISTORY, kind + "/" + id);
        int from = Math.min(all.size(), paging.page() * paging.size());
        int to = Math.min(all.size(), from + paging.size());
        return new HistoryPage(id, kind, all.subList(from, to), all.size(), paging.page(), paging.size());
    }

    @GetMapping("/api/audit/{kind}/{id}/state")
    @Operation(summary = "L'état d'un membre, d'une section ou d'un événement à un instant donné (AUD-2)",
            description = "Replié depuis le journal d'événements lui-même, jusqu'au dernier événement enregistré à cet "
                    + "instant (compris) ; at au format ISO-8601 (2026-03-01T12:00:00Z), maintenant par défaut. Les "
                    + "données d'un membre effacé sont listées dans erasedFields. 404 si rien n'existait encore.")
    StateAt state(@PathVariable String kind, @PathVariable String id,
                  @RequestParam(name = "at", required = false) String at) {
        if (!STATE_KINDS.contains(kind)) throw new NotFoundException();
        Instant instant = instant(at);
        List<DomainEventMessage<?>> events = eventsOf(kind, id);
        boolean keyDestroyed = kind.equals("members") && erasure.isErased(new MemberId(id));
        StateAsOf fold = new StateAsOf(keyDestroyed);
        DomainEventMessage<?> last = null;
        for (DomainEventMessage<?> event : events) {
            if (event.getTimestamp().isAfter(instant)) break;
            fold.apply(event.getPayload(), event.getTimestamp());
            last = event;
        }
        if (last == null) throw new NotFoundException();
        String target = kind + "/" + id + "?at=" + instant;
        if (kind.equals("members")) dataAccess.record(DataAccess.AUDIT_STATE, target, List.of(id));
        else dataAccess.recordAuditRead(DataAccess.AUDIT_STATE, target);
        return new StateAt(id, kind, instant, last.getSequenceNumber(), last.getTimestamp(), fold.state(),
                fold.erasedFields());
    }

    record AuditReads(List<DataAccessLog.Entry> items, int page, int size) {
    }

    @GetMapping("/api/audit/reads")
    @Operation(summary = "Les lectures d'audit elles-mêmes : qui a lu quel historique ou quel état, et quand",
            description = "Chaque lecture d'historique ou d'état à une date est enregistrée : les auditeurs rendent "
                    + "compte aussi. Les plus récentes d'abord.")
    AuditReads auditReads(@RequestParam(name = "page", defaultValue = "0") int page,
                          @RequestParam(name = "size", defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        return new AuditReads(dataAccess.auditReads(paging.page(), paging.size()), paging.page(), paging.size());
    }

    /** The aggregate's events from its first, never from a snapshot; 404 for an unknown id or one of another kind. */
    private List<DomainEventMessage<?>> eventsOf(String kind, String id) {
        String aggregateType = AGGREGATE_TYPES.get(kind);
        if (aggregateType == null) throw new NotFoundException();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(id, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!aggregateType.equals(event.getType())) throw new NotFoundException();
            events.add(event);
        }
        if (events.isEmpty()) throw new NotFoundException();
        return events;
    }

    private static Instant instant(String at) {
        if (at == null || at.isBlank()) return Instant.now();
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("at", "un instant ISO-8601, par exemple 2026-03-01T12:00:00Z");
        }
    }

    /** What an auditor may know of a conversation's event: its shape, never its words or hidden recipients. */
    private static Map<String, Object> conversationSummary(Object payload, boolean recipientsHidden, String authorId) {
        Map<String, Object> summary = new LinkedHashMap<>();
        if (payload instanceof ConversationStartedEvent e) {
            summary.put("authorId", e.authorId().value());
            summary.put("recipientCount", e.recipientIds().size());
            if (!e.recipientsHidden()) summary.put("recipientIds", ids(e.recipientIds()));
            summary.put("noReply", e.noReply());
            summary.put("recipientsHidden", e.recipientsHidden());
            if (e.sectionId() != null) summary.put("sectionId", e.sectionId().value());
        } else if (payload instanceof MessagePostedEvent e) {
            boolean byHiddenRecipient = recipientsHidden && !e.authorId().value().equals(authorId);
            if (!byHiddenRecipient) summary.put("authorId", e.authorId().value());
            summary.put("recipientCount", e.recipientIds().size());
            if (!recipientsHidden) summary.put("recipientIds", ids(e.recipientIds()));
            summary.put("toEveryone", e.toEveryone());
        } else if (payload instanceof ConversationMarkedEvent e) {
            if (!recipientsHidden || e.memberId().value().equals(authorId)) summary.put("memberId", e.memberId().value());
            summary.put("read", e.read());
        } else if (payload instanceof ConversationDeletedForMemberEvent e) {
            if (!recipientsHidden || e.memberId().value().equals(authorId)) summary.put("memberId", e.memberId().value());
        }
        return summary;
    }

    private static List<String> ids(List<MemberId> ids) {
        return ids.stream().map(MemberId::value).toList();
    }
}
