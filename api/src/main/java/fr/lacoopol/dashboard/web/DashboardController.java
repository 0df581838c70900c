package fr.lacoopol.dashboard.web;

import fr.lacoopol.activity.query.ActivityPage;
import fr.lacoopol.activity.query.CoopainsActivityQuery;
import fr.lacoopol.agenda.query.AgendaScope;
import fr.lacoopol.agenda.query.AgendaTab;
import fr.lacoopol.agenda.query.EventPage;
import fr.lacoopol.agenda.query.ListAgendaQuery;
import fr.lacoopol.post.query.FeedScope;
import fr.lacoopol.post.query.NetworkFeedQuery;
import fr.lacoopol.post.query.PostPage;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Options;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The home page (DASH-1 to DASH-3): the events of my network awaiting my answer and the posts of my network, with
 * the same filters (all, my section, the party, my groups), and what my coopains did, each answered for the caller
 * (P1–P7).
 */
@RestController
@Tag(name = "Tableau de bord")
class DashboardController {

    private static final int SHOWN = 5;

    record Dashboard(EventPage awaitingAnswer, PostPage networkPosts, ActivityPage coopainsActivity) {
    }

    private final QueryGateway queries;

    DashboardController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/me/dashboard")
    @Operation(summary = "Le tableau de bord : les événements qui attendent ma réponse et les publications de mon réseau "
            + "(DASH-1, DASH-2)", description = "scope : all, section, party ou groups ; « voir tout » : "
            + "GET /api/me/agenda?tab=invitations et GET /api/me/feed.")
    Dashboard dashboard(@RequestParam(name = "scope", defaultValue = "all") String scope) {
        CurrentCaller.member();
        EventPage events = queries.query(new ListAgendaQuery(CurrentCaller.viewer(), AgendaTab.INVITATIONS,
                Options.of("scope", AgendaScope.class, scope), 0, SHOWN), EventPage.class).join();
        PostPage posts = queries.query(new NetworkFeedQuery(CurrentCaller.viewer(), Options.of("scope", FeedScope.class,
                scope), null, SHOWN), PostPage.class).join();
        ActivityPage activity = queries.query(new CoopainsActivityQuery(CurrentCaller.viewer(), null, SHOWN),
                ActivityPage.class).join();
        return new Dashboard(events, posts, activity);
    }

    @GetMapping("/api/me/coopains-activity")
    @Operation(summary = "Le fil de mes coopains (DASH-3)",
            description = "Ce que mes coopains ont fait : publié, devenus coopains, rejoint un groupe ou une section, changé "
                    + "de statut, répondu à un événement ; les plus récents d'abord, chacun seulement si je peux le voir. "
                    + "before : le curseur « next » de la page précédente.")
    ActivityPage coopainsActivity(@RequestParam(name = "before", required = false) String before,
                                  @RequestParam(name = "size", defaultValue = "20") int size) {
        CurrentCaller.member();
        Paging paging = Paging.of(0, size);
        return queries.query(new CoopainsActivityQuery(CurrentCaller.viewer(), before, paging.size()), ActivityPage.class)
                .join();
    }

    @GetMapping("/api/me/feed")
    @Operation(summary = "Les publications de mon réseau (DASH-2)",
            description = "Coopains, section, parti, groupes : ce que je peux voir, les plus récentes d'abord. scope : all, "
                    + "section, party ou groups ; before : le curseur « next » de la page précédente (une page ne répète ni "
                    + "ne saute rien pendant que d'autres arrivent).")
    PostPage feed(@RequestParam(name = "scope", defaultValue = "all") String scope,
                  @RequestParam(name = "before", required = false) String before,
                  @RequestParam(name = "size", defaultValue = "20") int size) {
        CurrentCaller.member();
        Paging paging = Paging.of(0, size);
        return queries.query(new NetworkFeedQuery(CurrentCaller.viewer(), Options.of("scope", FeedScope.class, scope),
                before, paging.size()), PostPage.class).join();
    }
}
