package fr.lacoopol.organisation.web;

import fr.lacoopol.audit.DataAccess;
import fr.lacoopol.audit.DataAccessLog;
import fr.lacoopol.files.AvatarImages;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import fr.lacoopol.member.Erasures;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.StoredFile;
import fr.lacoopol.member.query.RosterPage;
import fr.lacoopol.member.query.RosterRowView;
import fr.lacoopol.member.query.SearchRosterQuery;
import fr.lacoopol.organisation.SectionProfile;
import fr.lacoopol.organisation.command.AppointSecretaryCommand;
import fr.lacoopol.organisation.command.ChangeSectionAvatarCommand;
import fr.lacoopol.organisation.command.ConfigureSectionCommand;
import fr.lacoopol.organisation.command.DismissSecretaryCommand;
import fr.lacoopol.organisation.query.FindSectionQuery;
import fr.lacoopol.organisation.query.SectionView;
import fr.lacoopol.organisation.web.ManagedSections.ManagedSection;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import fr.lacoopol.web.ReadYourWrite;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A section's page and configuration (SEC-1), its roster (SEC-2, DIR-4) and its secretaries (SEC-3). */
@RestController
@Tag(name = "Section", description = "configuration, fichier des membres, rôles")
class SectionController {

    record SectionRequest(@NotBlank String name, String street, String postalCode, String city, String country,
                          String phone, String website, String facebook, String twitter, String treasurerId,
                          List<String> bureau) {
    }

    enum Role { SECRETARY, MEMBER }

    record RoleRequest(@NotNull Role role) {
    }

    record RoleChanged(String memberId, Role role) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AvatarImages avatars;
    private final DataAccessLog dataAccess;
    private final Erasures erasures;

    SectionController(CommandGateway commands, QueryGateway queries, AvatarImages avatars, DataAccessLog dataAccess,
                      Erasures erasures) {
        this.erasures = erasures;
        this.commands = commands;
        this.queries = queries;
        this.avatars = avatars;
        this.dataAccess = dataAccess;
    }

    @NotSectionManagement(why = "the section's page, for every member; FindSectionQuery shows each viewer what they may see")
    @GetMapping("/api/sections/{sectionId}")
    @Operation(summary = "La page de la section (SEC-1)",
            description = "Trésorier et bureau : seulement les membres dont le profil est visible pour l'appelant.")
    SectionView section(@PathVariable String sectionId) {
        return queries.query(new FindSectionQuery(CurrentCaller.viewer(), new SectionId(sectionId)),
                        ResponseTypes.optionalInstanceOf(SectionView.class)).join()
                .orElseThrow(ManagedSections::notFound);
    }

    @PutMapping(path = "/api/sections/{sectionId}/avatar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "L'avatar de la section (SEC-1) : PNG, GIF ou JPEG jusqu'à 8 Mo, réduit à 450×450")
    Map<String, String> avatar(ManagedSection section, @RequestPart("file") MultipartFile file) {
        StoredFile stored = avatars.store(file);
        commands.sendAndWait(new ChangeSectionAvatarCommand(section.id(), stored));
        return Map.of("id", section.id().value(), "avatarUrl", "/api/files/" + stored.sha256());
    }

    @PutMapping("/api/sections/{sectionId}")
    @Operation(summary = "Configurer la section (SEC-1)",
            description = "Le trésorier et les membres du bureau sont choisis parmi les membres de la section. La "
                    + "réponse est la page telle que le changement l'a faite.")
    SectionView configure(ManagedSection section, @Valid @RequestBody SectionRequest request) {
        List<MemberId> bureau = request.bureau() == null ? List.of()
                : request.bureau().stream().map(MemberId::new).toList();
        long version = commands.sendAndWait(new ConfigureSectionCommand(section.id(), new SectionProfile(request.name(),
                request.street(), request.postalCode(), request.city(), request.country(), request.phone(),
                request.website(), request.facebook(), request.twitter(),
                request.treasurerId() == null ? null : new MemberId(request.treasurerId()), bureau)));
        return ReadYourWrite.await(() -> section(section.id().value()), view -> view.configurationVersion() >= version);
    }

    @GetMapping("/api/sections/{sectionId}/members")
    @Operation(summary = "Le fichier de la section (SEC-2, DIR-4)",
            description = "Tous les membres, y compris ceux que leur visibilité cache aux autres ; filtres par type "
                    + "(MEMBER adhérents, SUPPORTER sympathisants), liste, zone et nom ; avec les effectifs des onglets.")
    RosterPage roster(ManagedSection section,
                      @RequestParam(name = "q", required = false) String q,
                      @RequestParam(name = "type", required = false) MembershipType type,
                      @RequestParam(name = "list", required = false) String list,
                      @RequestParam(name = "zone", required = false) String zone,
                      @RequestParam(name = "page", defaultValue = "0") int page,
                      @RequestParam(name = "size", defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        RosterPage roster = queries.query(new SearchRosterQuery(section.viewer(), section.id(), q, type,
                list == null ? null : new ListId(list), zone == null ? null : new ZoneId(zone),
                paging.page(), paging.size()), RosterPage.class).join();
        dataAccess.record(DataAccess.ROSTER, "sections/" + section.id().value() + "/members",
                roster.items().stream().map(RosterRowView::memberId).toList());
        return roster;
    }

    @DeleteMapping("/api/sections/{sectionId}/members/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Effacer une personne de la section qui n'a jamais activé de compte (GDPR-2)",
            description = "Ses données personnelles deviennent illisibles partout. Un membre actif supprime lui-même son "
                    + "compte : 422 account_active.")
    void erase(ManagedSection section, @PathVariable String memberId) {
        erasures.erase(new MemberId(memberId), section.id());
    }

    @PutMapping("/api/sections/{sectionId}/members/{memberId}/role")
    @Operation(summary = "Promouvoir un membre secrétaire, ou le démettre (SEC-3)",
            description = "Une section garde au moins un secrétaire. Le changement compte dès la requête suivante.")
    RoleChanged role(ManagedSection section, @PathVariable String memberId,
                     @Valid @RequestBody RoleRequest request) {
        MemberId member = new MemberId(memberId);
        if (request.role() == Role.SECRETARY) {
            commands.sendAndWait(new AppointSecretaryCommand(section.id(), member));
        } else {
            commands.sendAndWait(new DismissSecretaryCommand(section.id(), member));
        }
        return new RoleChanged(memberId, request.role());
    }
}
