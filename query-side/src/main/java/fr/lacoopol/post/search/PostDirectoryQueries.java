package fr.lacoopol.post.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import fr.lacoopol.access.Viewer;
import fr.lacoopol.member.Folding;
import fr.lacoopol.post.query.PostHits;
import fr.lacoopol.post.query.SearchPostsQuery;
import fr.lacoopol.search.SearchIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * PST-5, DIR-2: posts by words and tags, among those the viewer may see: P7 is a filter of the search itself, as
 * VisiblePosts says it for PostgreSQL, so that a total never counts a hidden post. Every word typed must begin a
 * word of the post; a whole tag scores higher; newer first among equals.
 */
@Component
class PostDirectoryQueries {

    private final ElasticsearchClient client;
    private final String index;

    PostDirectoryQueries(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.index = indexes.name(SearchIndexes.POSTS);
    }

    @QueryHandler
    PostHits handle(SearchPostsQuery query) {
        Viewer viewer = query.viewer();
        List<String> words = words(query.words());
        if (!viewer.isMember() || words.isEmpty()) return new PostHits(List.of(), 0);
        BoolQuery.Builder search = new BoolQuery.Builder().filter(visibleTo(viewer));
        words.forEach(word -> search.filter(f -> f.prefix(p -> p.field("words").value(word))));
        words.forEach(word -> search.should(s -> s.term(t -> t.field("tags").value(word).boost(2.0f))));
        words.forEach(word -> search.should(s -> s.match(m -> m.field("words").query(word))));
        BoolQuery bool = search.build();
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index)
                    .query(q -> q.bool(bool))
                    .sort(o -> o.score(sc -> sc))
                    .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)))
                    .source(src -> src.fetch(false))
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true)), Map.class);
            List<String> ids = response.hits().hits().stream().map(Hit::id).filter(Objects::nonNull).toList();
            long total = response.hits().total() == null ? ids.size() : response.hits().total().value();
            return new PostHits(ids, total);
        } catch (IOException e) {
            throw new UncheckedIOException("post directory unavailable", e);
        }
    }

    /** P7 and MOD-1, as VisiblePosts says them for PostgreSQL. */
    private static Query visibleTo(Viewer viewer) {
        String me = viewer.memberId().value();
        BoolQuery.Builder any = new BoolQuery.Builder().minimumShouldMatch("1")
                .should(s -> s.term(t -> t.field("publicPost").value(true)))
                .should(s -> s.term(t -> t.field("authorId").value(me)))
                .should(s -> s.term(t -> t.field("wallOwnerId").value(me)));
        if (viewer.sectionId() != null) {
            String section = viewer.sectionId().value();
            any.should(s -> s.bool(b -> b.filter(f -> f.term(t -> t.field("inSectionSpace").value(true)))
                    .filter(f -> f.term(t -> t.field("sectionId").value(section)))));
        }
        if (!viewer.groups().isEmpty()) {
            List<FieldValue> groups = viewer.groups().stream().map(group -> FieldValue.of(group.value())).toList();
            any.should(s -> s.terms(t -> t.field("groupIds").terms(v -> v.value(groups))));
        }
        BoolQuery visible = any.build();
        return Query.of(q -> q.bool(b -> b.filter(f -> f.bool(visible))
                .mustNot(m -> m.term(t -> t.field("hidden").value(true)))));
    }

    private static List<String> words(String text) {
        String folded = Folding.fold(text);
        if (folded == null) return List.of();
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).limit(8).toList();
    }
}
