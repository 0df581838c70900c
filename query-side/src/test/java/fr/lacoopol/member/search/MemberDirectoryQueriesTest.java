package fr.lacoopol.member.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.SegmentSortOrder;
import fr.lacoopol.organisation.postgres.SectionNames;
import fr.lacoopol.access.Viewer;
import fr.lacoopol.coopain.postgres.CoopainGraph;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.event.InvitationAcceptedEvent;
import fr.lacoopol.member.event.PersonToInviteCreatedEvent;
import fr.lacoopol.member.event.VisibilityChangedEvent;
import fr.lacoopol.member.query.MemberSearchPage;
import fr.lacoopol.member.query.SearchMembersQuery;
import fr.lacoopol.readmodel.ReadModelTests;
import fr.lacoopol.search.SearchIndexes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The directory's search on the real Elasticsearch. */
class MemberDirectoryQueriesTest {

    private final ElasticsearchClient elasticsearch = ReadModelTests.elasticsearch();
    private final SearchIndexes indexes = new SearchIndexes(elasticsearch, ReadModelTests.indexPrefix());
    private final MemberDirectoryProjection projection = new MemberDirectoryProjection(elasticsearch, indexes);
    private final MemberDirectoryQueries queries = new MemberDirectoryQueries(elasticsearch, indexes, new SectionNames(ReadModelTests.db()),
            new CoopainGraph(ReadModelTests.db()));

    /** Issue 20: a search matching more members than are counted stops counting, and says the total is a floor. */
    @Test
    void aSearchMatchingMoreThanAreCountedSaysSoInsteadOfCountingThemAll() throws IOException {
        String family = "Compte" + letters(8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= MemberDirectoryQueries.COUNTED_HITS; i++) {
            ids.add(member(i == 0 ? "Unique" : "Cap", family));
        }
        String index = indexes.name(SearchIndexes.MEMBERS);
        elasticsearch.indices().refresh(r -> r.index(index));
        try {
            MemberSearchPage many = queries.handle(new SearchMembersQuery(Viewer.ofAdministrator(), family, 0, 20));
            assertThat(many.items()).hasSize(20);
            assertThat(many.total()).isEqualTo(MemberDirectoryQueries.COUNTED_HITS);
            assertThat(many.totalExact()).isFalse();

            MemberSearchPage one = queries.handle(new SearchMembersQuery(Viewer.ofAdministrator(), "uniq " + family, 0, 20));
            assertThat(one.total()).isEqualTo(1);
            assertThat(one.totalExact()).isTrue();
        } finally {
            // These events are not in the event store: the documents must not outlive the test (replays compare).
            elasticsearch.bulk(b -> b.index(index).refresh(Refresh.True).operations(ids.stream()
                    .map(id -> BulkOperation.of(o -> o.delete(d -> d.id(id)))).toList()));
        }
    }

    /**
     * Issue 20: the directory's segments are kept in the order its pages are sorted in, so that a search matching most of
     * the directory stops once the counted hits are found instead of sorting all its matches. Index sorting is fixed
     * when a generation is created: every new generation (a fresh install, a rebuild) must carry it. A rebuild's
     * generation, searched by nobody until swapped in, is filled without refreshes.
     */
    @Test
    void everyGenerationOfTheDirectoryIsKeptInTheOrderOfItsPages() throws IOException {
        SearchIndexes generation = indexes.newGeneration(SearchIndexes.MEMBERS);
        String name = generation.name(SearchIndexes.MEMBERS);
        try {
            IndexSettings settings = elasticsearch.indices().getSettings(g -> g.index(name)).get(name).settings().index();
            assertThat(settings.sort().field()).containsExactly("sortName", "memberId");
            assertThat(settings.sort().order()).containsExactly(SegmentSortOrder.Asc, SegmentSortOrder.Asc);
            assertThat(settings.refreshInterval().time()).isEqualTo("-1");
        } finally {
            indexes.delete(List.of(name));
        }
    }

    private String member(String firstName, String lastName) throws IOException {
        MemberId id = MemberId.random();
        projection.on(new PersonToInviteCreatedEvent(id, new FederationId("f"), new SectionId("s"), MembershipType.MEMBER,
                new PersonName(firstName, lastName), null, Coordinates.NONE, PersonalInfo.NONE, null, null), 0);
        projection.on(new InvitationAcceptedEvent(id, "inv", "2026-01"), 1);
        projection.on(new VisibilityChangedEvent(id, Visibility.EVERYONE), 2);
        return id.value();
    }

    private static String letters(int count) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) letters.append((char) ('a' + random.nextInt(26)));
        return letters.toString();
    }
}
