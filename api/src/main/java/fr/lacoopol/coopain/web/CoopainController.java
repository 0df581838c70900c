package fr.lacoopol.coopain.web;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.coopain.command.AcceptCoopainRequestCommand;
import fr.lacoopol.coopain.command.AskCoopainCommand;
import fr.lacoopol.coopain.command.RefuseCoopainRequestCommand;
import fr.lacoopol.coopain.command.RemoveCoopainCommand;
import fr.lacoopol.coopain.query.CoopainPage;
import fr.lacoopol.coopain.query.CoopainRequestPage;
import fr.lacoopol.coopain.query.CoopainshipView;
import fr.lacoopol.coopain.query.FindCoopainshipQuery;
import fr.lacoopol.coopain.query.ListCoopainRequestsQuery;
import fr.lacoopol.coopain.query.ListCoopainsQuery;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.query.VisibleMembers;
import fr.lacoopol.member.query.VisibleMembersQuery;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member's network (NET): ask, accept or refuse, list, remove. A member one may not see (P4, P5) cannot
 * be asked: they answer as if they did not exist.
 */
@RestController
@Tag(name = "Coopains", description = "le réseau du membre")
class CoopainController {

    record AskRequest(@NotBlank String memberId) {
    }

    record Asked(String requestId) {
    }

    record RemoveRequest(@NotEmpty @Size(max = 500) List<@NotBlank String> memberIds) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;

    CoopainController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/api/coopain-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Demander un membre en coopain (NET-1)",
            description = "Refusé avec un code clair : soi-même (coopain_self), déjà demandé (coopain_request_pending), "
                    + "demande reçue de lui (coopain_request_received), déjà coopains (already_coopains).")
    Asked ask(@Valid @RequestBody AskRequest request) {
        MemberId asker = CurrentCaller.member();
        MemberId recipient = visible(request.memberId());
        CoopainshipId id = CoopainshipId.between(asker, recipient);
        commands.sendAndWait(new AskCoopainCommand(id, asker, recipient));
        return new Asked(id.value());
    }

    @GetMapping("/api/me/coopain-requests")
    @Operation(summary = "Mes demandes en attente (NET-2) : reçues (à traiter) ou envoyées")
    CoopainRequestPage requests(@RequestParam(name = "direction", defaultValue = "received") String direction,
                                @RequestParam(name = "page", defaultValue = "0") int page,
                                @RequestParam(name = "size", defaultValue = "50") int size) {
        if (!direction.equals("received") && !direction.equals("sent")) {
            throw new InvalidValueException("direction", "direction vaut received ou sent");
        }
        CurrentCaller.member();
        Paging paging = Paging.of(page, size);
        return queries.query(new ListCoopainRequestsQuery(CurrentCaller.viewer(), direction.equals("received"),
                paging.page(), paging.size()), CoopainRequestPage.class).join();
    }

    @PostMapping("/api/coopain-requests/{requestId}/accept")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Accepter une demande reçue (NET-2) : vous voilà coopains, et le demandeur est prévenu")
    void accept(@PathVariable String requestId) {
        commands.sendAndWait(new AcceptCoopainRequestCommand(new CoopainshipId(requestId), CurrentCaller.member()));
    }

    @PostMapping("/api/coopain-requests/{requestId}/refuse")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Refuser une demande reçue (NET-2)")
    void refuse(@PathVariable String requestId) {
        commands.sendAndWait(new RefuseCoopainRequestCommand(new CoopainshipId(requestId), CurrentCaller.member()));
    }

    @GetMapping("/api/me/coopains")
    @Operation(summary = "Mes coopains, avec leur dernière connexion (NET-3)", description = "scope = all (défaut) ou section")
    CoopainPage coopains(@RequestParam(name = "scope", defaultValue = "all") String scope,
                         @RequestParam(name = "page", defaultValue = "0") int page,
                         @RequestParam(name = "size", defaultValue = "50") int size) {
        if (!scope.equals("all") && !scope.equals("section")) {
            throw new InvalidValueException("scope", "scope vaut all ou section");
        }
        CurrentCaller.member();
        Paging paging = Paging.of(page, size);
        return queries.query(new ListCoopainsQuery(CurrentCaller.viewer(), scope.equals("section"), paging.page(),
                paging.size()), CoopainPage.class).join();
    }

    @GetMapping("/api/me/coopains/{memberId}")
    @Operation(summary = "Où j'en suis avec ce membre : NONE, ASKED, RECEIVED ou COOPAINS")
    CoopainshipView bond(@PathVariable String memberId) {
        CurrentCaller.member();
        return queries.query(new FindCoopainshipQuery(CurrentCaller.viewer(), visible(memberId)), CoopainshipView.class).join();
    }

    @DeleteMapping("/api/me/coopains/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retirer un coopain (NET-3)")
    void remove(@PathVariable String memberId) {
        removeOne(CurrentCaller.member(), new MemberId(memberId));
    }

    @DeleteMapping("/api/me/coopains")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retirer plusieurs coopains (NET-3)", description = "Tous sont retirés, ou aucun ne l'est s'il en manque un.")
    void removeSeveral(@Valid @RequestBody RemoveRequest request) {
        MemberId self = CurrentCaller.member();
        List<MemberId> others = request.memberIds().stream().distinct().map(MemberId::new).toList();
        for (MemberId other : others) {
            // Refused up front, before any is removed: the caller's list names someone who is no coopain.
            CoopainshipView bond = queries.query(new FindCoopainshipQuery(CurrentCaller.viewer(), other), CoopainshipView.class).join();
            if (!"COOPAINS".equals(bond.state())) {
                throw new NotFoundException();
            }
        }
        others.forEach(other -> removeOne(self, other));
    }

    private void removeOne(MemberId self, MemberId other) {
        commands.sendAndWait(new RemoveCoopainCommand(CoopainshipId.between(self, other), self));
    }

    /** The member, if the caller may see them; else 404, as for a member who does not exist (P5). */
    private MemberId visible(String memberId) {
        Viewer viewer = CurrentCaller.viewer();
        MemberId member = new MemberId(memberId);
        VisibleMembers visible = queries.query(new VisibleMembersQuery(viewer, List.of(member)), VisibleMembers.class).join();
        if (!visible.memberIds().contains(member)) throw new NotFoundException();
        return member;
    }
}
