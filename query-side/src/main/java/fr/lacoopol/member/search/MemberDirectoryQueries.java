package fr.lacoopol.member.search;

import static fr.lacoopol.readmodel.ReadModelValues.fileUrl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import fr.lacoopol.organisation.postgres.SectionNames;
import fr.lacoopol.access.Viewer;
import fr.lacoopol.coopain.postgres.CoopainGraph;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.query.AutocompleteHit;
import fr.lacoopol.member.query.AutocompleteHits;
import fr.lacoopol.member.query.AutocompleteQuery;
import fr.lacoopol.member.query.MemberHitView;
import fr.lacoopol.member.query.MemberSearchPage;
import fr.lacoopol.member.query.SearchMembersQuery;
import fr.lacoopol.member.Folding;
import fr.lacoopol.search.SearchIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * DIR-1: "Tous les membres". Prefix search on first and last names, accents and case ignored, restricted to
 * the members the viewer may see (P4/P5): EVERYONE profiles and secretaries; NETWORK profiles of the viewer's
 * section and of their coopains; every member of the sections the viewer is secretary of; themself. The same
 * rules as ProfileAudience, expressed as an index filter. DIR-3's recipient autocomplete uses the same filter.
 */
@Component
class MemberDirectoryQueries {

    /**
     * Hits counted at most: beyond, the page says "more than" (issue 20). A one-letter search, typed at each keystroke,
     * would otherwise count most of the directory — 700,000 hits at a million members — to show twenty.
     */
    static final int COUNTED_HITS = 1_000;

    private final ElasticsearchClient client;
    private final String index;
    private final SectionNames sectionNames;
    private final CoopainGraph coopains;

    MemberDirectoryQueries(ElasticsearchClient client, SearchIndexes indexes, SectionNames sectionNames, CoopainGraph coopains) {
        this.client = client;
        this.index = indexes.name(SearchIndexes.MEMBERS);
        this.sectionNames = sectionNames;
        this.coopains = coopains;
    }

    @QueryHandler
    MemberSearchPage handle(SearchMembersQuery query) {
        if (!query.viewer().isMember() && !query.viewer().administrator()) {
            return new MemberSearchPage(List.of(), 0, true, query.page(), query.size());
        }
        String folded = Folding.fold(query.text());
        Query visible = visibleTo(query.viewer(), coopains.coopainsOf(query.viewer()));
        Query text = everyWordAsPrefix(folded);
        try {
            // Filter context only: prefix matches on names all score alike, so hits are ordered by name
            // and Elasticsearch is spared scoring every match. The index is stored in this order (its index sort,
            // ADR 0017), which lets a search stop once it holds its page and its counted hits: change both together.
            SearchResponse<Map> response = client.search(s -> s.index(index)
                    .query(q -> q.bool(b -> b.filter(text).filter(visible)))
                    .sort(o -> o.field(f -> f.field("sortName").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("memberId").order(SortOrder.Asc)))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.count(COUNTED_HITS)), Map.class);
            List<Map> sources = response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
            Map<String, String> sectionNames = sectionNames(sources);
            List<MemberHitView> hits = new ArrayList<>();
            for (Map source : sources) {
                hits.add(new MemberHitView((String) source.get("memberId"), (String) source.get("firstName"),
                        (String) source.get("lastName"), MembershipType.valueOf((String) source.get("membershipType")),
                        (String) source.get("city"), (String) source.get("profession"),
                        source.get("sectionId") == null ? null : sectionNames.get((String) source.get("sectionId")),
                        fileUrl((String) source.get("avatar"))));
            }
            TotalHits total = response.hits().total();
            return total == null ? new MemberSearchPage(hits, hits.size(), true, query.page(), query.size())
                    : new MemberSearchPage(hits, total.value(), total.relation() == TotalHitsRelation.Eq, query.page(),
                            query.size());
        } catch (IOException e) {
            throw new UncheckedIOException("member directory unavailable", e);
        }
    }

    /**
     * "vic mar" finds Victor Martin: every word the caller typed must begin a word of the name. The words
     * are cut as the index's standard analyzer cuts names; prefix queries use the index_prefixes field.
     */
    private static Query everyWordAsPrefix(String folded) {
        List<String> words = folded == null ? List.of()
                : java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) return Query.of(q -> q.matchAll(m -> m));
        BoolQuery.Builder all = new BoolQuery.Builder();
        for (String word : words) all.must(q -> q.prefix(p -> p.field("names").value(word)));
        BoolQuery query = all.build();
        return Query.of(q -> q.bool(query));
    }

    /**
     * DIR-3: coopains first, then members of the viewer's section, then the others the viewer may see; by name
     * within each. Never the viewer themself, never a member the directory would hide from them.
     */
    @QueryHandler
    AutocompleteHits handle(AutocompleteQuery query) {
        if (!query.viewer().isMember()) return new AutocompleteHits(List.of());
        String folded = Folding.fold(query.text());
        if (folded == null || folded.isBlank()) return new AutocompleteHits(List.of());
        Set<String> viewersCoopains = coopains.coopainsOf(query.viewer());
        Query visible = visibleTo(query.viewer(), viewersCoopains);
        Query text = everyWordAsPrefix(folded);
        List<FieldValue> coopainIds = viewersCoopains.stream().map(FieldValue::of).toList();
        try {
            SearchResponse<Map> response = client.search(s -> s.index(index)
                    .query(q -> q.bool(b -> {
                        b.filter(text).filter(visible)
                                .mustNot(m -> m.term(t -> t.field("memberId").value(query.viewer().memberId().value())));
                        if (!coopainIds.isEmpty()) {
                            b.should(sh -> sh.constantScore(c -> c.boost(4f)
                                    .filter(f -> f.terms(t -> t.field("memberId").terms(v -> v.value(coopainIds))))));
                        }
                        if (query.viewer().sectionId() != null) {
                            b.should(sh -> sh.constantScore(c -> c.boost(2f)
                                    .filter(f -> f.term(t -> t.field("sectionId").value(query.viewer().sectionId().value())))));
                        }
                        return b;
                    }))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("sortName").order(SortOrder.Asc)))
                    .size(query.size()), Map.class);
            List<Map> sources = response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
            Map<String, String> sectionNames = sectionNames(sources);
            List<AutocompleteHit> hits = new ArrayList<>();
            for (Map source : sources) {
                String memberId = (String) source.get("memberId");
                hits.add(new AutocompleteHit(memberId, (String) source.get("firstName"), (String) source.get("lastName"),
                        source.get("sectionId") == null ? null : sectionNames.get((String) source.get("sectionId")),
                        viewersCoopains.contains(memberId)));
            }
            return new AutocompleteHits(hits);
        } catch (IOException e) {
            throw new UncheckedIOException("member directory unavailable", e);
        }
    }

    private static Query visibleTo(Viewer viewer, Set<String> viewersCoopains) {
        BoolQuery.Builder anyOf = new BoolQuery.Builder().minimumShouldMatch("1");
        anyOf.should(q -> q.term(t -> t.field("visibility").value(Visibility.EVERYONE.name())));
        anyOf.should(q -> q.term(t -> t.field("secretary").value(true)));
        if (viewer.sectionId() != null) {
            anyOf.should(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("visibility").value(Visibility.NETWORK.name())))
                    .filter(f -> f.term(t -> t.field("sectionId").value(viewer.sectionId().value())))));
        }
        if (!viewersCoopains.isEmpty()) {
            List<FieldValue> ids = viewersCoopains.stream().map(FieldValue::of).toList();
            anyOf.should(q -> q.bool(b -> b
                    .filter(f -> f.term(t -> t.field("visibility").value(Visibility.NETWORK.name())))
                    .filter(f -> f.terms(t -> t.field("memberId").terms(v -> v.value(ids))))));
        }
        if (!viewer.secretaryOf().isEmpty()) {
            List<FieldValue> sections = viewer.secretaryOf().stream().map(s -> FieldValue.of(s.value())).toList();
            anyOf.should(q -> q.terms(t -> t.field("sectionId").terms(v -> v.value(sections))));
        }
        if (viewer.memberId() != null) {
            anyOf.should(q -> q.term(t -> t.field("memberId").value(viewer.memberId().value())));
        }
        BoolQuery visible = anyOf.build();
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("active").value(true)))
                .mustNot(m -> m.term(t -> t.field("hidden").value(true)))
                .filter(f -> f.bool(visible))));
    }

    private Map<String, String> sectionNames(List<Map> sources) {
        List<String> ids = sources.stream().map(s -> (String) s.get("sectionId")).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : sectionNames.of(ids);
    }
}
