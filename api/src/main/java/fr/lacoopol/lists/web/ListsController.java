package fr.lacoopol.lists.web;

import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.ZoneId;
import fr.lacoopol.lists.command.AddMembersToListCommand;
import fr.lacoopol.lists.command.CreateListCommand;
import fr.lacoopol.lists.command.CreateZoneCommand;
import fr.lacoopol.lists.command.DeleteListCommand;
import fr.lacoopol.lists.command.DeleteZoneCommand;
import fr.lacoopol.lists.command.LocaliseMembersInZoneCommand;
import fr.lacoopol.lists.command.RemoveMembersFromListCommand;
import fr.lacoopol.lists.command.RemoveMembersFromZoneCommand;
import fr.lacoopol.lists.query.FindManagedZonesQuery;
import fr.lacoopol.lists.query.ListSectionGroupsQuery;
import fr.lacoopol.lists.query.ManagedZones;
import fr.lacoopol.lists.query.SectionGroups;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.organisation.web.ManagedSections.ManagedSection;
import fr.lacoopol.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists (LST-1) and geographic zones (LST-2) of a section, with their counts (LST-4): its managers only.
 * A zone's manager sees the zones they manage (names, descriptions), never who is in them (P6).
 */
@RestController
@Tag(name = "Listes et zones", description = "listes simples et zones géographiques d'une section")
class ListsController {

    record ListRequest(@NotBlank String name) {
    }

    record ZoneRequest(@NotBlank String name, String description, @NotBlank String managerId) {
    }

    record Selection(@NotEmpty List<String> memberIds) {

        Set<MemberId> ids() {
            Set<MemberId> ids = new LinkedHashSet<>();
            for (String id : memberIds) {
                if (id == null || id.isBlank()) throw new InvalidValueException("memberIds", "identifiant vide");
                ids.add(new MemberId(id));
            }
            return ids;
        }
    }

    record Created(String id) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;

    ListsController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/api/sections/{sectionId}/lists")
    @Operation(summary = "Les listes et les zones de la section, avec leurs effectifs (LST-4)")
    SectionGroups groups(ManagedSection section) {
        return queries.query(new ListSectionGroupsQuery(section.viewer(), section.id()), SectionGroups.class).join();
    }

    @PostMapping("/api/sections/{sectionId}/lists")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer une liste (LST-1)")
    Created createList(ManagedSection section, @Valid @RequestBody ListRequest request) {
        ListId list = ListId.random();
        commands.sendAndWait(new CreateListCommand(list, section.id(), request.name()));
        return new Created(list.value());
    }

    @PostMapping("/api/sections/{sectionId}/lists/{listId}/members")
    @Operation(summary = "Ajouter des membres de la section à la liste (LST-1)")
    void addToList(ManagedSection section, @PathVariable String listId, @Valid @RequestBody Selection selection) {
        commands.sendAndWait(new AddMembersToListCommand(new ListId(listId), section.id(), selection.ids()));
    }

    @DeleteMapping("/api/sections/{sectionId}/lists/{listId}/members")
    @Operation(summary = "Enlever des membres de la liste (LST-1)")
    void removeFromList(ManagedSection section, @PathVariable String listId,
                        @Valid @RequestBody Selection selection) {
        commands.sendAndWait(new RemoveMembersFromListCommand(new ListId(listId), section.id(), selection.ids()));
    }

    @DeleteMapping("/api/sections/{sectionId}/lists/{listId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer une liste (LST-1)")
    void deleteList(ManagedSection section, @PathVariable String listId) {
        commands.sendAndWait(new DeleteListCommand(new ListId(listId), section.id()));
    }

    @PostMapping("/api/sections/{sectionId}/zones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer une zone géographique (LST-2)",
            description = "La description est du texte riche, nettoyé (ni script ni style) ; le responsable est un membre de la section.")
    Created createZone(ManagedSection section, @Valid @RequestBody ZoneRequest request) {
        ZoneId zone = ZoneId.random();
        commands.sendAndWait(new CreateZoneCommand(zone, section.id(), request.name(), request.description(),
                new MemberId(request.managerId())));
        return new Created(zone.value());
    }

    @PostMapping("/api/sections/{sectionId}/zones/{zoneId}/members")
    @Operation(summary = "Localiser des membres de la section dans la zone (LST-2)")
    void localise(ManagedSection section, @PathVariable String zoneId, @Valid @RequestBody Selection selection) {
        commands.sendAndWait(new LocaliseMembersInZoneCommand(new ZoneId(zoneId), section.id(), selection.ids()));
    }

    @DeleteMapping("/api/sections/{sectionId}/zones/{zoneId}/members")
    @Operation(summary = "Retirer des membres de la zone (LST-2)")
    void removeFromZone(ManagedSection section, @PathVariable String zoneId,
                        @Valid @RequestBody Selection selection) {
        commands.sendAndWait(new RemoveMembersFromZoneCommand(new ZoneId(zoneId), section.id(), selection.ids()));
    }

    @DeleteMapping("/api/sections/{sectionId}/zones/{zoneId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer une zone (LST-2)")
    void deleteZone(ManagedSection section, @PathVariable String zoneId) {
        commands.sendAndWait(new DeleteZoneCommand(new ZoneId(zoneId), section.id()));
    }

    @GetMapping("/api/me/zones")
    @Operation(summary = "Les zones dont je suis responsable (LST-3)",
            description = "Leur nom et leur description ; jamais qui s'y trouve, ni combien (P6).")
    ManagedZones myZones() {
        return queries.query(new FindManagedZonesQuery(CurrentCaller.viewer()), ManagedZones.class).join();
    }
}
