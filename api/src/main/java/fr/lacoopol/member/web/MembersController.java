package fr.lacoopol.member.web;

import fr.lacoopol.audit.DataAccess;
import fr.lacoopol.audit.DataAccessLog;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.query.FindMemberProfileQuery;
import fr.lacoopol.member.query.MemberProfileView;
import fr.lacoopol.member.query.MemberSearchPage;
import fr.lacoopol.member.query.SearchMembersQuery;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** PRO-7 and DIR-1: other members, as the caller may see them. */
@RestController
@Tag(name = "Membres")
class MembersController {

    private final QueryGateway queries;
    private final DataAccessLog dataAccess;

    MembersController(QueryGateway queries, DataAccessLog dataAccess) {
        this.queries = queries;
        this.dataAccess = dataAccess;
    }

    @GetMapping("/api/members/{id}")
    @Operation(summary = "Le profil d'un membre, tel que l'appelant peut le voir (PRO-7)",
            description = "404 pour un profil que l'appelant ne peut pas voir, exactement comme pour un profil inexistant (P5).")
    MemberProfileView profile(@PathVariable String id) {
        MemberProfileView profile = queries.query(new FindMemberProfileQuery(CurrentCaller.viewer(), new MemberId(id)),
                        ResponseTypes.optionalInstanceOf(MemberProfileView.class)).join()
                .orElseThrow(() -> new NotFoundException());
        if (profile.privateData() != null) {
            dataAccess.record(DataAccess.PROFILE, "members/" + id, List.of(id));
        }
        return profile;
    }

    @GetMapping("/api/members")
    @Operation(summary = "Tous les membres : recherche par prénom ou nom, début de mot, sans accents (DIR-1)",
            description = "Le compte s'arrête à 1 000 résultats : au-delà, total vaut 1 000 et totalExact false.")
    MemberSearchPage search(@RequestParam(name = "q", required = false) String q,
                            @RequestParam(name = "page", defaultValue = "0") int page,
                            @RequestParam(name = "size", defaultValue = "20") int size) {
        Paging paging = Paging.of(page, size);
        return queries.query(new SearchMembersQuery(CurrentCaller.viewer(), q, paging.page(), paging.size()),
                MemberSearchPage.class).join();
    }
}
