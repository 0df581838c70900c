package fr.lacoopol.agenda.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import fr.lacoopol.agenda.EventDescription;
import fr.lacoopol.agenda.event.AnswerGivenEvent;
import fr.lacoopol.agenda.event.EventCancelledEvent;
import fr.lacoopol.agenda.event.EventChangedEvent;
import fr.lacoopol.agenda.event.EventCreatedEvent;
import fr.lacoopol.agenda.event.InviteesAddedEvent;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.Folding;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModerationDecision;
import fr.lacoopol.readmodel.PerBatch;
import fr.lacoopol.search.SearchIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * "Tous les événements" (EVT-10): one document per event, with what a search matches (its words folded like the
 * members' names, its type, day, city, postal code) and what decides who may find it (P7: public, its section's space,
 * its groups, its creator, its guests). The minimal Elasticsearch has no scripts, so a document is read, changed and written
 * whole: within a processor's batch each document is read once, and every changed one is written in one bulk
 * request when the batch commits. Applying an event twice leaves the same document.
 */
@Component
@ProcessingGroup("event-directory-v2")
class EventDirectoryProjection {

    private static final String PENDING = EventDirectoryProjection.class.getName() + ".pending";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final String index;

    EventDirectoryProjection(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
        this.index = indexes.name(SearchIndexes.EVENTS);
    }

    @EventHandler
    void on(EventCreatedEvent event) {
        change(event.eventId(), doc -> {
            doc.put("eventId", event.eventId().value());
            doc.put("sectionId", event.sectionId() == null ? null : event.sectionId().value());
            doc.put("creatorId", event.creatorId().value());
            doc.putIfAbsent("guests", new ArrayList<String>());
            doc.putIfAbsent("cancelled", false);
            describe(doc, event.description(), event.startsAt(), event.endsAt());
        });
    }

    @EventHandler
    void on(EventChangedEvent event) {
        change(event.eventId(), doc -> describe(doc, event.description(), event.startsAt(), event.endsAt()));
    }

    @EventHandler
    void on(InviteesAddedEvent event) {
        addGuests(event.eventId(), event.memberIds());
    }

    @EventHandler
    void on(AnswerGivenEvent event) {
        addGuests(event.eventId(), List.of(event.memberId()));
    }

    @EventHandler
    void on(EventCancelledEvent event) {
        change(event.eventId(), doc -> doc.put("cancelled", true));
    }

    /** MOD-1: an event hidden by the moderators is found by nobody until it is shown again. */
    @EventHandler
    void on(ModerationDecision decision) {
        if (decision.kind() != ContentKind.EVENT) return;
        change(new EventId(decision.contentId()), doc -> doc.put("hidden", decision.hidden()));
    }

    @ResetHandler
    void reset() {
        indexes.recreate(SearchIndexes.EVENTS);
    }

    private void addGuests(EventId eventId, List<MemberId> members) {
        change(eventId, doc -> {
            @SuppressWarnings("unchecked")
            List<String> known = (List<String>) doc.getOrDefault("guests", List.of());
            Set<String> guests = new LinkedHashSet<>(known);
            members.forEach(member -> guests.add(member.value()));
            doc.put("guests", new ArrayList<>(guests));
        });
    }

    private static void describe(Map<String, Object> doc, EventDescription description, Instant startsAt,
                                 Instant endsAt) {
        String words = Stream.of(description.title(), description.description(), description.type().label(),
                        description.place().street(), description.place().city())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        doc.put("words", Folding.fold(words));
        doc.put("type", description.type().name());
        doc.put("kind", description.type().kind().name());
        doc.put("startsAt", startsAt.toString());
        doc.put("startsDay", description.startsAt().toLocalDate().toString());
        doc.put("endsAt", endsAt == null ? null : endsAt.toString());
        doc.put("city", description.place().city() == null ? null : Folding.fold(description.place().city()));
        doc.put("postalCode", description.place().postalCode());
        doc.put("publicEvent", description.publicEvent());
        doc.put("inSectionSpace", description.inSectionSpace());
        doc.put("groupIds", description.groupIds().stream().map(GroupId::value).toList());
    }

    /** Changes the event's document: at once outside a batch, at the batch's commit within one. */
    private void change(EventId eventId, Consumer<Map<String, Object>> change) {
        PerBatch.<Map<String, Map<String, Object>>>pending(PENDING, HashMap::new, this::write).ifPresentOrElse(
                pending -> change.accept(pending.computeIfAbsent(eventId.value(), this::read)),
                () -> {
                    Map<String, Object> doc = read(eventId.value());
                    change.accept(doc);
                    write(Map.of(eventId.value(), doc));
                });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String eventId) {
        try {
            GetResponse<Map> found = client.get(g -> g.index(index).id(eventId), Map.class);
            return found.found() && found.source() != null ? new HashMap<>(found.source()) : new HashMap<>();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event directory", e);
        }
    }

    private void write(Map<String, Map<String, Object>> docs) {
        if (docs.isEmpty()) return;
        List<BulkOperation> operations = new ArrayList<>();
        docs.forEach((id, doc) -> operations.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(id).document(doc)))));
        try {
            BulkResponse response = client.bulk(b -> b.operations(operations));
            if (response.errors()) {
                String reason = response.items().stream().filter(item -> item.error() != null)
                        .map(item -> item.id() + ": " + item.error().reason()).findFirst().orElse("unknown");
                throw new IllegalStateException("event directory update refused: " + reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the event directory", e);
        }
    }
}
