package fr.lacoopol.member.search;

import fr.lacoopol.readmodel.ReadModelTests;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.PublicInfo;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.event.CoordinatesChangedEvent;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import fr.lacoopol.member.event.MemberErasedEvent;
import fr.lacoopol.member.event.NameChangedEvent;
import fr.lacoopol.member.event.PersonToInviteCreatedEvent;
import fr.lacoopol.member.event.PublicInfoChangedEvent;
import fr.lacoopol.member.event.VisibilityChangedEvent;
import fr.lacoopol.organisation.event.SecretaryAppointedEvent;
import fr.lacoopol.search.SearchIndexes;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/** The directory projection on the real Elasticsearch: every event applied twice leaves the same document. */
class MemberDirectoryProjectionTest {

    private final ElasticsearchClient elasticsearch = ReadModelTests.elasticsearch();
    private final SearchIndexes indexes = new SearchIndexes(elasticsearch, ReadModelTests.indexPrefix());
    private final MemberDirectoryProjection projection = new MemberDirectoryProjection(elasticsearch, indexes);

    interface Step {
        void apply(long sequence) throws IOException;
    }

    @Test
    void eachEventAppliedTwiceLeavesTheSameDocumentAndNoPrivateField() throws IOException {
        MemberId id = MemberId.random();
        EmailAddress email = new EmailAddress("doc-" + id.value().substring(0, 8) + "@exemple.fr");
        List<Step> events = List.of(
                seq -> projection.on(new PersonToInviteCreatedEvent(id, new FederationId("f"), new SectionId("s"),
                        MembershipType.MEMBER, new PersonName("Hélène", "Double"), email,
                        new Coordinates("01 99", "06 99", "9 rue Z", null, "13001", "Marseille", "France"),
                        PersonalInfo.NONE, null, null), seq),
                seq -> projection.on(new InvitationAcceptedEvent(id, "inv", "2026-01"), seq),
                seq -> projection.on(new NameChangedEvent(id, new PersonName("Hélène", "Doublée")), seq),
                seq -> projection.on(new VisibilityChangedEvent(id, Visibility.EVERYONE), seq),
                seq -> projection.on(new CoordinatesChangedEvent(id,
                        new Coordinates("01 98", null, "8 rue Y", null, "13002", "Marseille", "France")), seq),
                seq -> projection.on(new PublicInfoChangedEvent(id, new PublicInfo("marin", null, null, null, null, Set.of())), seq),
                seq -> projection.on(new SecretaryAppointedEvent(new SectionId("s"), id)));

        for (int i = 0; i < events.size(); i++) {
            events.get(i).apply(i);
            Map<?, ?> once = document(id);
            events.get(i).apply(i);
            assertThat(document(id)).as("event %d applied twice", i).isEqualTo(once);
        }
        Map<?, ?> document = document(id);
        assertThat(document.get("names")).isEqualTo("helene doublee");
        assertThat(document.get("active")).isEqualTo(true);
        assertThat(document.get("secretary")).isEqualTo(true);
        assertThat(document.get("city")).isEqualTo("Marseille");
        assertThat(document.toString()).doesNotContain(email.value()).doesNotContain("01 98").doesNotContain("8 rue Y")
                .doesNotContain("9 rue Z").doesNotContain("1300");
        // These events are not in the event store: the document must not outlive the test (replays compare).
        elasticsearch.delete(d -> d.index(indexes.name(SearchIndexes.MEMBERS)).id(id.value()));
    }

    /** A batch's events become one change per member, in one bulk request at its commit; an erasure still erases. */
    @Test
    void aBatchsEventsBecomeOneChangePerMemberAtItsCommit() throws IOException {
        MemberId kept = MemberId.random();
        MemberId erased = MemberId.random();
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        projection.on(created(kept, "Lot"), 0);
        projection.on(created(erased, "Effacé"), 0);
        projection.on(new InvitationAcceptedEvent(kept, "inv", "2026-01"), 1);
        projection.on(new NameChangedEvent(kept, new PersonName("Rose", "Premier")), 2);
        projection.on(new NameChangedEvent(kept, new PersonName("Rose", "Dernier")), 3);
        projection.on(new VisibilityChangedEvent(kept, Visibility.EVERYONE), 4);
        projection.on(new MemberErasedEvent(erased, false));
        projection.on(new VisibilityChangedEvent(erased, Visibility.EVERYONE), 1);
        projection.on(new MemberErasedEvent(erased, false));
        assertThat(document(kept)).as("nothing sent before the batch commits").isNull();
        batch.commit();

        Map<?, ?> document = document(kept);
        assertThat(document.get("names")).isEqualTo("rose dernier");
        assertThat(document.get("active")).isEqualTo(true);
        assertThat(document.get("visibility")).isEqualTo("EVERYONE");
        assertThat(document.get("sequence")).isEqualTo(4);
        assertThat(document(erased)).as("erased last: no document").isNull();
        elasticsearch.delete(d -> d.index(indexes.name(SearchIndexes.MEMBERS)).id(kept.value()));
    }

    /**
     * A person created in a batch is indexed whole, their later events folded in: nothing of a document of the same id
     * is read or kept (it can only be an earlier delivery of the same events, which the redelivery rewrites).
     */
    @Test
    void aCreationWritesTheWholeDocumentWithTheBatchsLaterEvents() throws IOException {
        MemberId member = MemberId.random();
        String index = indexes.name(SearchIndexes.MEMBERS);
        elasticsearch.index(i -> i.index(index).id(member.value()).document(Map.of("memberId", member.value(), "hidden", true,
                "secretary", true, "sequence", 9)));
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        projection.on(created(member, "Entier"), 0);
        projection.on(new InvitationAcceptedEvent(member, "inv", "2026-01"), 1);
        projection.on(new VisibilityChangedEvent(member, Visibility.EVERYONE), 2);
        batch.commit();

        Map<?, ?> document = document(member);
        assertThat(document.get("names")).isEqualTo("rose entier");
        assertThat(document.get("active")).isEqualTo(true);
        assertThat(document.get("visibility")).isEqualTo("EVERYONE");
        assertThat(document.get("sequence")).isEqualTo(2);
        assertThat(document.containsKey("hidden")).as("nothing kept from the document there before").isFalse();
        assertThat(document.containsKey("secretary")).isFalse();

        // Outside a batch, at once, the same.
        projection.on(new NameChangedEvent(member, new PersonName("Rose", "Après")), 3);
        assertThat(document(member).get("names")).isEqualTo("rose apres");
        assertThat(document(member).get("visibility")).isEqualTo("EVERYONE");
        elasticsearch.delete(d -> d.index(index).id(member.value()));
    }

    private static PersonToInviteCreatedEvent created(MemberId id, String lastName) {
        return new PersonToInviteCreatedEvent(id, new FederationId("f"), new SectionId("s"), MembershipType.MEMBER,
                new PersonName("Rose", lastName), null, Coordinates.NONE, PersonalInfo.NONE, null, null);
    }

    private Map<?, ?> document(MemberId id) throws IOException {
        return elasticsearch.get(g -> g.index(indexes.name(SearchIndexes.MEMBERS)).id(id.value()), Map.class).source();
    }
}
