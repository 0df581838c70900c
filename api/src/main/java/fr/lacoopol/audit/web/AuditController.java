package fr.lacoopol.audit.web;

import fr.lacoopol.access.MessageOrigin;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * AUD-1: the full, ordered history of an aggregate, read from the event store itself (not a projection),
 * for auditors. Personal fields are shown decrypted while the member's key exists, and as absent once it
 * has been shredded.
 */
@RestController
@Tag(name = "Audit")
class AuditController {

    /** Path segment → the aggregate type the event store records. */
    private static final Map<String, String> AGGREGATE_TYPES = Map.of(
            "members", "MemberAggregate",
            "sections", "SectionAggregate",
            "events", "EventAggregate",
            "federations", "FederationAggregate");

    /** One event: {@code correlationId} names the command that caused it, {@code traceId} the request. */
    record HistoryEntry(long sequenceNumber, String type, Instant timestamp, String actor, String correlationId,
                        String traceId, Object payload) {
    }

    record HistoryPage(String aggregateId, String aggregateType, List<HistoryEntry> items, long total, int page,
                       int size) {
    }

    private final EventStore eventStore;

    AuditController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @GetMapping("/api/audit/{kind}/{id}/history")
    @Operation(summary = "Historique complet d'un membre, d'une section, d'une fédération ou d'un événement (AUD-1)",
            description = "Chaque événement avec son type, son heure, son numéro de séquence et le membre qui l'a causé.")
    HistoryPage history(@PathVariable String kind, @PathVariable String id,
                        @RequestParam(name = "page", defaultValue = "0") int page,
                        @RequestParam(name = "size", defaultValue = "50") int size) {
        String aggregateType = AGGREGATE_TYPES.get(kind);
        if (aggregateType == null) throw new NotFoundException();
        Paging paging = Paging.of(page, size);
        List<HistoryEntry> all = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(id);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!aggregateType.equals(event.getType())) {
                throw new NotFoundException();
            }
            all.add(new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                    event.getTimestamp(), (String) event.getMetaData().get(MessageOrigin.ACTOR),
                    (String) event.getMetaData().get("correlationId"), (String) event.getMetaData().get("traceId"),
                    event.getPayload()));
        }
        if (all.isEmpty()) throw new NotFoundException();
        int from = Math.min(all.size(), paging.page() * paging.size());
        int to = Math.min(all.size(), from + paging.size());
        return new HistoryPage(id, kind, all.subList(from, to), all.size(), paging.page(), paging.size());
    }
}
