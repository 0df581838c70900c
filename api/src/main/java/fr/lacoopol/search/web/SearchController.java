package fr.lacoopol.search.web;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.query.EventPage;
import fr.lacoopol.agenda.query.SearchEventsQuery;
import fr.lacoopol.group.query.GroupPage;
import fr.lacoopol.group.query.SearchGroupsQuery;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.query.MemberSearchPage;
import fr.lacoopol.member.query.SearchMembersQuery;
import fr.lacoopol.post.query.PostHits;
import fr.lacoopol.post.query.PostList;
import fr.lacoopol.post.query.PostView;
import fr.lacoopol.post.query.PostsByIdsQuery;
import fr.lacoopol.post.query.SearchPostsQuery;
import fr.lacoopol.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * DIR-2 and PST-5: the top search box. One request searches members, groups, events and posts at once (the four
 * searches run side by side), each kind ranked and capped, each answered for the caller inside its own store (P4,
 * P7): a hidden member, a private event or a post of a space the caller is not in is neither listed nor counted.
 */
@RestController
@Tag(name = "Recherche")
class SearchController {

    private static final int MAX_PER_KIND = 20;

    record Posts(List<PostView> items, long total) {
    }

    record Results(MemberSearchPage members, GroupPage groups, EventPage events, Posts posts) {
    }

    private final QueryGateway queries;

    SearchController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Rechercher membres, groupes, événements et publications à la fois (DIR-2, PST-5)",
            description = "q : des débuts de mots, sans accents ni majuscules à respecter ; pour les publications, leurs "
                    + "mots et leurs mots-clés. size : combien de chaque sorte (5 par défaut, 20 au plus), avec le total de "
                    + "chaque sorte que je peux voir. Les événements : à venir.")
    Results search(@RequestParam(name = "q") String q, @RequestParam(name = "size", defaultValue = "5") int size) {
        CurrentCaller.member();
        if (q.isBlank()) throw new InvalidValueException("q", "que cherches-tu ?");
        if (size < 1 || size > MAX_PER_KIND) throw new InvalidValueException("size", "la taille va de 1 à " + MAX_PER_KIND);
        Viewer viewer = CurrentCaller.viewer();
        CompletableFuture<MemberSearchPage> members = queries.query(new SearchMembersQuery(viewer, q, 0, size),
                MemberSearchPage.class);
        CompletableFuture<GroupPage> groups = queries.query(new SearchGroupsQuery(viewer, q, false, 0, size), GroupPage.class);
        CompletableFuture<EventPage> events = queries.query(new SearchEventsQuery(viewer, q, null, null, null, null, null,
                0, size), EventPage.class);
        CompletableFuture<PostHits> postHits = queries.query(new SearchPostsQuery(viewer, q, size), PostHits.class);
        PostHits hits = postHits.join();
        List<PostView> posts = queries.query(new PostsByIdsQuery(viewer, hits.postIds()), PostList.class).join().items();
        return new Results(members.join(), groups.join(), events.join(), new Posts(posts, hits.total()));
    }
}
