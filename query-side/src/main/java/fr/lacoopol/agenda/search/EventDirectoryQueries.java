package fr.lacoopol.agenda.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.postgres.AgendaCounters;
import fr.lacoopol.agenda.query.EventPage;
import fr.lacoopol.agenda.query.EventSummaryView;
import fr.lacoopol.agenda.query.SearchEventsQuery;
import fr.lacoopol.member.Folding;
import fr.lacoopol.search.SearchIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * EVT-10: upcoming events by words, type, dates, city or postal code, among those the viewer may see (P7, applied
 * inside the search so that counts and pages never include the rest). The hits are then shown as the agenda shows
 * events, from PostgreSQL, with the gauge and the viewer's answer.
 */
@Component
class EventDirectoryQueries {

    private final ElasticsearchClient client;
    private final String index;
    private final AgendaCounters agenda;
    private final Clock clock;

    EventDirectoryQueries(ElasticsearchClient client, SearchIndexes indexes, AgendaCounters agenda, Clock clock) {
        this.client = client;
        this.index = indexes.name(SearchIndexes.EVENTS);
        this.agenda = agenda;
        this.clock = clock;
    }

    @QueryHandler
    EventPage handle(SearchEventsQuery query) {
        Viewer viewer = query.viewer();
        if (!viewer.isMember()) return new EventPage(List.of(), 0, query.page(), query.size());
        BoolQuery.Builder search = new BoolQuery.Builder()
                .filter(visibleTo(viewer))
                .filter(f -> f.term(t -> t.field("cancelled").value(false)))
                .filter(f -> f.range(r -> r.untyped(u -> u.field("startsAt").gte(JsonData.of(clock.instant().toString())))));
        words(query.words()).forEach(word -> search.filter(f -> f.prefix(p -> p.field("words").value(word))));
        if (query.type() != null) search.filter(f -> f.term(t -> t.field("type").value(query.type().name())));
        if (query.from() != null) {
            search.filter(f -> f.range(r -> r.untyped(u -> u.field("startsDay").gte(JsonData.of(query.from().toString())))));
        }
        if (query.to() != null) {
            search.filter(f -> f.range(r -> r.untyped(u -> u.field("startsDay").lte(JsonData.of(query.to().toString())))));
        }
        String city = Folding.fold(query.city());
        if (city != null && !city.isEmpty()) search.filter(f -> f.term(t -> t.field("city").value(city)));
        if (query.postalCode() != null && !query.postalCode().isBlank()) {
            search.filter(f -> f.prefix(p -> p.field("postalCode").value(query.postalCode().strip())));
        }
        BoolQuery bool = search.build();
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index)
                    .query(q -> q.bool(bool))
                    .sort(o -> o.field(f -> f.field("startsAt").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("eventId").order(SortOrder.Asc)))
                    .source(src -> src.filter(f -> f.includes("eventId")))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true)), Map.class);
            List<String> ids = response.hits().hits().stream().map(Hit::id).filter(Objects::nonNull).toList();
            List<EventSummaryView> items = agenda.summaries(viewer, ids);
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new EventPage(items, total, query.page(), query.size());
        } catch (IOException e) {
            throw new UncheckedIOException("event directory unavailable", e);
        }
    }

    /** P7 and MOD-1, as VisibleEvents says them for PostgreSQL. */
    private static Query visibleTo(Viewer viewer) {
        String me = viewer.memberId().value();
        BoolQuery.Builder any = new BoolQuery.Builder().minimumShouldMatch("1")
                .should(s -> s.term(t -> t.field("publicEvent").value(true)))
                .should(s -> s.term(t -> t.field("creatorId").value(me)))
                .should(s -> s.term(t -> t.field("guests").value(FieldValue.of(me))));
        if (!viewer.groups().isEmpty()) {
            List<FieldValue> groups = viewer.groups().stream().map(group -> FieldValue.of(group.value())).toList();
            any.should(s -> s.terms(t -> t.field("groupIds").terms(v -> v.value(groups))));
        }
        if (viewer.sectionId() != null) {
            String section = viewer.sectionId().value();
            any.should(s -> s.bool(b -> b.filter(f -> f.term(t -> t.field("inSectionSpace").value(true)))
                    .filter(f -> f.term(t -> t.field("sectionId").value(section)))));
        }
        BoolQuery visible = any.build();
        return Query.of(q -> q.bool(b -> b.filter(f -> f.bool(visible))
                .mustNot(m -> m.term(t -> t.field("hidden").value(true)))));
    }

    private static List<String> words(String text) {
        String folded = Folding.fold(text);
        if (folded == null) return List.of();
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
