package fr.lacoopol.member.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.event.AvatarChangedEvent;
import fr.lacoopol.member.event.CoordinatesChangedEvent;
import fr.lacoopol.member.event.ImportedDataMergedEvent;
import fr.lacoopol.member.event.ImportedDataWithdrawnEvent;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import fr.lacoopol.member.event.MemberErasedEvent;
import fr.lacoopol.member.event.MemberMovedEvent;
import fr.lacoopol.member.event.NameChangedEvent;
import fr.lacoopol.member.event.PersonToInviteCreatedEvent;
import fr.lacoopol.member.event.PublicInfoChangedEvent;
import fr.lacoopol.member.event.VisibilityChangedEvent;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModerationDecision;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.organisation.event.SecretaryDismissedEvent;
import fr.lacoopol.member.Folding;
import fr.lacoopol.readmodel.PerBatch;
import fr.lacoopol.search.SearchIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The member directory (DIR-1) in Elasticsearch. A document holds only what a directory hit may show and
 * what visibility filters need: never an e-mail or a coordinate but the city (the index mapping is strict,
 * so nothing else can slip in). Names are folded here, since the local server has no folding filter.
 *
 * <p>A person's creation writes their document whole; each later event sets fields by partial update
 * ({@code doc_as_upsert}), so applying it twice leaves the same document; {@code sequence} records the member's last
 * event applied. Updates are sent in bulk, one request
 * per processor batch.
 */
@Component
@ProcessingGroup("member-directory-v1")
class MemberDirectoryProjection {

    /** The batch's pending changes, a resource of its unit of work. */
    private static final String PENDING = MemberDirectoryProjection.class.getName() + ".pending";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final String index;

    MemberDirectoryProjection(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
        this.index = indexes.name(SearchIndexes.MEMBERS);
    }

    @EventHandler
    void on(PersonToInviteCreatedEvent event, @SequenceNumber long sequence) {
        Map<String, Object> doc = names(event.name());
        doc.put("memberId", event.memberId().value());
        doc.put("sectionId", event.sectionId() == null ? null : event.sectionId().value());
        doc.put("federationId", event.federationId().value());
        doc.put("membershipType", event.membershipType().name());
        doc.put("visibility", Visibility.NETWORK.name());
        doc.put("active", false);
        doc.put("city", event.coordinates() == null ? null : event.coordinates().city());
        doc.put("sequence", sequence);
        // A person's first event: the document is whole, written without the search server reading one first.
        change(changes -> changes.create(event.memberId().value(), doc));
    }

    @EventHandler
    void on(InvitationAcceptedEvent event, @SequenceNumber long sequence) {
        update(event.memberId(), sequence, new HashMap<>(Map.of("active", true)));
    }

    @EventHandler
    void on(NameChangedEvent event, @SequenceNumber long sequence) {
        update(event.memberId(), sequence, names(event.name()));
    }

    @EventHandler
    void on(VisibilityChangedEvent event, @SequenceNumber long sequence) {
        update(event.memberId(), sequence, new HashMap<>(Map.of("visibility", event.visibility().name())));
    }

    @EventHandler
    void on(CoordinatesChangedEvent event, @SequenceNumber long sequence) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("city", event.coordinates() == null ? null : event.coordinates().city());
        update(event.memberId(), sequence, doc);
    }

    @EventHandler
    void on(PublicInfoChangedEvent event, @SequenceNumber long sequence) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("profession", event.publicInfo() == null ? null : event.publicInfo().profession());
        update(event.memberId(), sequence, doc);
    }

    @EventHandler
    void on(AvatarChangedEvent event, @SequenceNumber long sequence) {
        update(event.memberId(), sequence, new HashMap<>(Map.of("avatar", event.avatar().sha256())));
    }

    @EventHandler
    void on(ImportedDataMergedEvent event, @SequenceNumber long sequence) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("city", event.coordinates() == null ? null : event.coordinates().city());
        update(event.memberId(), sequence, doc);
    }

    @EventHandler
    void on(ImportedDataWithdrawnEvent event, @SequenceNumber long sequence) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("city", event.coordinates() == null ? null : event.coordinates().city());
        update(event.memberId(), sequence, doc);
    }

    @EventHandler
    void on(MemberMovedEvent event, @SequenceNumber long sequence) {
        update(event.memberId(), sequence, new HashMap<>(Map.of("sectionId", event.toSection().value(),
                "federationId", event.toFederation().value())));
    }

    // A section's events: the member's own sequence is not known here; they arrive in order for the section.
    @EventHandler
    void on(SecretaryAppointedEvent event) {
        partialUpdate(event.memberId(), new HashMap<>(Map.of("secretary", true)));
    }

    @EventHandler
    void on(SecretaryDismissedEvent event) {
        partialUpdate(event.memberId(), new HashMap<>(Map.of("secretary", false)));
    }

    /** GDPR-2: an erased person leaves the directory. */
    @EventHandler
    void on(MemberErasedEvent event) {
        change(changes -> changes.delete(event.memberId().value()));
    }

    /** MOD-1: a profile hidden by the moderators leaves the directory until it is shown again. */
    @EventHandler
    void on(ModerationDecision decision) {
        if (decision.kind() != ContentKind.PROFILE) return;
        partialUpdate(new MemberId(decision.contentId()), new HashMap<>(Map.of("hidden", decision.hidden())));
    }

    @ResetHandler
    void reset() {
        indexes.recreate(SearchIndexes.MEMBERS);
    }

    private void update(MemberId memberId, long sequence, Map<String, Object> doc) {
        doc.put("sequence", sequence);
        partialUpdate(memberId, doc);
    }

    private void partialUpdate(MemberId memberId, Map<String, Object> doc) {
        change(changes -> changes.update(memberId.value(), doc));
    }

    /** Within a processor's batch, at its commit, all in one bulk request ({@link PerBatch}); outside one, at once. */
    private void change(Consumer<Changes> change) {
        PerBatch.pending(PENDING, Changes::new, this::send).ifPresentOrElse(change, () -> {
            Changes now = new Changes();
            change.accept(now);
            send(now);
        });
    }

    private void send(Changes changes) {
        List<BulkOperation> operations = changes.operations(index);
        if (operations.isEmpty()) return;
        try {
            BulkResponse response = client.bulk(b -> b.operations(operations));
            if (response.errors()) {
                String reason = response.items().stream().filter(item -> item.error() != null)
                        .map(item -> item.id() + ": " + item.error().reason()).findFirst().orElse("unknown");
                throw new IllegalStateException("member directory update refused: " + reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the member directory", e);
        }
    }

    /**
     * A batch's changes, one operation per member: a member's events mostly come together, so a replay sends a quarter
     * of the operations. A person created in the batch is indexed whole, their later events folded into the document;
     * the others are partial updates. A deletion ends the member's change; a later event starts another, after it.
     */
    private static final class Changes {

        /** In order. */
        private final List<Change> changes = new ArrayList<>();
        private final Map<String, Change> open = new HashMap<>();

        /** A document whole ({@code whole}), a partial update, or a deletion ({@code doc} null). */
        private record Change(String memberId, Map<String, Object> doc, boolean whole) {
        }

        Changes create(String memberId, Map<String, Object> doc) {
            Change created = new Change(memberId, new HashMap<>(doc), true);
            open.put(memberId, created);
            changes.add(created);
            return this;
        }

        Changes update(String memberId, Map<String, Object> doc) {
            Change pending = open.get(memberId);
            if (pending != null) {
                pending.doc().putAll(doc);
            } else {
                Change update = new Change(memberId, new HashMap<>(doc), false);
                open.put(memberId, update);
                changes.add(update);
            }
            return this;
        }

        Changes delete(String memberId) {
            open.remove(memberId);
            changes.add(new Change(memberId, null, false));
            return this;
        }

        List<BulkOperation> operations(String index) {
            return changes.stream().map(change -> change.doc() == null
                    ? BulkOperation.of(b -> b.delete(d -> d.index(index).id(change.memberId())))
                    : change.whole()
                    ? BulkOperation.of(b -> b.index(i -> i.index(index).id(change.memberId()).document(change.doc())))
                    : BulkOperation.of(b -> b.update(u -> u.index(index).id(change.memberId())
                            .action(a -> a.doc(change.doc()).docAsUpsert(true))))).toList();
        }
    }

    /** A shredded name (GDPR-2) leaves the document without names: it can no longer be found. */
    private static Map<String, Object> names(PersonName name) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("firstName", name == null ? null : name.firstName());
        doc.put("lastName", name == null ? null : name.lastName());
        doc.put("sortName", name == null ? null : Folding.fold(name.lastName() + " " + name.firstName()));
        doc.put("names", name == null ? null : Folding.fold(name.firstName() + " " + name.lastName()));
        return doc;
    }
}
