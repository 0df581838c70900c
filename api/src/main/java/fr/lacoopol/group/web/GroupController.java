package fr.lacoopol.group.web;

import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.files.AvatarImages;
import fr.lacoopol.group.GroupAccess;
import fr.lacoopol.group.GroupRole;
import fr.lacoopol.group.command.ChangeGroupAdministratorCommand;
import fr.lacoopol.group.command.ChangeGroupAvatarCommand;
import fr.lacoopol.group.command.ChangeGroupCommand;
import fr.lacoopol.group.command.CreateGroupCommand;
import fr.lacoopol.group.command.JoinGroupCommand;
import fr.lacoopol.group.command.RemoveFromGroupCommand;
import fr.lacoopol.group.query.FindGroupQuery;
import fr.lacoopol.group.query.GroupMemberPage;
import fr.lacoopol.group.query.GroupPage;
import fr.lacoopol.group.query.GroupView;
import fr.lacoopol.group.query.ListGroupMembersQuery;
import fr.lacoopol.group.query.SearchGroupsQuery;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.StoredFile;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Groups (GRP-1, GRP-2): create, join or ask to, leave, administer, and find them. Any member sees every group and
 * its size; its members as their profiles allow (P4); its requests if they administer it.
 */
@RestController
@Tag(name = "Groupes", description = "tous les groupes, mes groupes, adhésions et administration")
class GroupController {

    record Description(@NotBlank String name, String description, GroupAccess access) {
    }

    record Joining(String memberId) {
    }

    record Created(String id) {
    }

    record Membership(GroupRole role) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AvatarImages images;

    GroupController(CommandGateway commands, QueryGateway queries, AvatarImages images) {
        this.commands = commands;
        this.queries = queries;
        this.images = images;
    }

    @PostMapping("/api/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer un groupe (GRP-1)",
            description = "access : OPEN (on y entre librement, par défaut) ou ON_REQUEST (un administrateur accepte). "
                    + "Le créateur en est le premier administrateur.")
    Created create(@Valid @RequestBody Description request) {
        GroupId id = GroupId.random();
        commands.sendAndWait(new CreateGroupCommand(id, CurrentCaller.member(), request.name(), request.description(),
                request.access()));
        return new Created(id.value());
    }

    @PutMapping("/api/groups/{groupId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Modifier un groupe (ses administrateurs)",
            description = "Ouvrir un groupe sur demande y fait entrer ceux qui attendaient.")
    void change(@PathVariable String groupId, @Valid @RequestBody Description request) {
        commands.sendAndWait(new ChangeGroupCommand(new GroupId(groupId), CurrentCaller.member(), request.name(),
                request.description(), request.access()));
    }

    @PutMapping(path = "/api/groups/{groupId}/avatar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "L'image du groupe : PNG, GIF ou JPEG jusqu'à 8 Mo (GRP-1, ses administrateurs)",
            description = "Reconnue à son contenu, ré-encodée (sans ses métadonnées), réduite à 450×450.")
    Map<String, String> avatar(@PathVariable String groupId, @RequestPart("file") MultipartFile file) {
        MemberId administrator = CurrentCaller.member();
        StoredFile stored = images.store(file);
        commands.sendAndWait(new ChangeGroupAvatarCommand(new GroupId(groupId), administrator, stored));
        return Map.of("id", groupId, "avatarUrl", "/api/files/" + stored.sha256());
    }

    @GetMapping("/api/groups")
    @Operation(summary = "Tous les groupes (GRP-2)", description = "q : des débuts de mots du nom ou de la description.")
    GroupPage groups(@RequestParam(name = "q", required = false) String words,
                     @RequestParam(name = "page", defaultValue = "0") int page,
                     @RequestParam(name = "size", defaultValue = "20") int size) {
        return search(words, false, page, size);
    }

    @GetMapping("/api/me/groups")
    @Operation(summary = "Mes groupes (GRP-2)", description = "Ceux dont je suis membre ou administrateur.")
    GroupPage myGroups(@RequestParam(name = "q", required = false) String words,
                       @RequestParam(name = "page", defaultValue = "0") int page,
                       @RequestParam(name = "size", defaultValue = "20") int size) {
        return search(words, true, page, size);
    }

    @GetMapping("/api/groups/{groupId}")
    @Operation(summary = "La page d'un groupe", description = "myRole : ma place (vide : aucune) ; pendingRequests : "
            + "les demandes en attente, pour ses administrateurs.")
    GroupView group(@PathVariable String groupId) {
        CurrentCaller.member();
        return queries.query(new FindGroupQuery(CurrentCaller.viewer(), new GroupId(groupId)),
                ResponseTypes.optionalInstanceOf(GroupView.class)).join().orElseThrow(NotFoundException::new);
    }

    @GetMapping("/api/groups/{groupId}/members")
    @Operation(summary = "Les membres d'un groupe",
            description = "Ceux dont je peux voir le profil (P4), administrateurs d'abord. requests=true : les demandes "
                    + "en attente (administrateurs du groupe).")
    GroupMemberPage members(@PathVariable String groupId,
                            @RequestParam(name = "requests", defaultValue = "false") boolean requests,
                            @RequestParam(name = "page", defaultValue = "0") int page,
                            @RequestParam(name = "size", defaultValue = "20") int size) {
        CurrentCaller.member();
        Paging paging = Paging.of(page, size);
        return queries.query(new ListGroupMembersQuery(CurrentCaller.viewer(), new GroupId(groupId), requests,
                        paging.page(), paging.size()), ResponseTypes.optionalInstanceOf(GroupMemberPage.class)).join()
                .orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/groups/{groupId}/members")
    @Operation(summary = "Rejoindre un groupe, ou accepter une demande (GRP-1)",
            description = "Sans memberId : je rejoins un groupe ouvert, ou je demande à rejoindre un groupe sur demande "
                    + "(role REQUESTED). Avec le memberId d'une demande : un administrateur l'accepte.")
    Membership join(@PathVariable String groupId, @RequestBody(required = false) Joining request) {
        MemberId me = CurrentCaller.member();
        MemberId member = request == null || request.memberId() == null || request.memberId().isBlank()
                ? me : new MemberId(request.memberId());
        return new Membership(commands.sendAndWait(new JoinGroupCommand(new GroupId(groupId), me, member)));
    }

    @DeleteMapping("/api/groups/{groupId}/members/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Quitter un groupe, retirer un membre ou refuser une demande (GRP-1)",
            description = "Mon propre memberId : je quitte (ou retire ma demande). Un autre : un administrateur le retire. "
                    + "Le dernier administrateur ne part pas tant que d'autres membres restent.")
    void remove(@PathVariable String groupId, @PathVariable String memberId) {
        commands.sendAndWait(new RemoveFromGroupCommand(new GroupId(groupId), CurrentCaller.member(), new MemberId(memberId)));
    }

    @PutMapping("/api/groups/{groupId}/administrators/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Nommer un membre administrateur du groupe")
    void appoint(@PathVariable String groupId, @PathVariable String memberId) {
        commands.sendAndWait(new ChangeGroupAdministratorCommand(new GroupId(groupId), CurrentCaller.member(),
                new MemberId(memberId), true));
    }

    @DeleteMapping("/api/groups/{groupId}/administrators/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retirer le rôle d'administrateur (le sien aussi, s'il en reste un autre)")
    void dismiss(@PathVariable String groupId, @PathVariable String memberId) {
        commands.sendAndWait(new ChangeGroupAdministratorCommand(new GroupId(groupId), CurrentCaller.member(),
                new MemberId(memberId), false));
    }

    private GroupPage search(String words, boolean mine, int page, int size) {
        CurrentCaller.member();
        Paging paging = Paging.of(page, size);
        return queries.query(new SearchGroupsQuery(CurrentCaller.viewer(), words, mine, paging.page(), paging.size()),
                GroupPage.class).join();
    }
}
