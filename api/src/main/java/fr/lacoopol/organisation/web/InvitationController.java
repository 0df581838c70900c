package fr.lacoopol.organisation.web;

import fr.lacoopol.identity.Placements;
import fr.lacoopol.errors.DomainException;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.AccountState;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.Sex;
import fr.lacoopol.member.command.CreatePersonToInviteCommand;
import fr.lacoopol.member.query.InvitationPage;
import fr.lacoopol.member.query.SearchInvitationsQuery;
import fr.lacoopol.organisation.web.ManagedSections.ManagedSection;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** GESTION DES INVITATIONS: one person to invite (INV-1), the three tabs (INV-2), sending invitations (INV-3). */
@RestController
@Tag(name = "Invitations", description = "membres à inviter, invitations envoyées, profils incomplets")
class InvitationController {

    record PersonToInviteRequest(@NotNull MembershipType membershipType, @NotBlank String firstName,
                                 @NotBlank String lastName, String email, String phone, String mobile, String address,
                                 String addressComplement, String postalCode, String city, String country, Sex sex,
                                 LocalDate birthDate, String membershipNumber, LocalDate membershipDate) {
    }

    /** Either the chosen people, or everyone still to invite ({@code all}). */
    record InvitationsRequest(List<String> memberIds, boolean all) {
    }

    record Created(String id) {
    }

    record Skipped(String memberId, String code) {
    }

    record InvitationsSent(int invited, List<Skipped> skipped) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Placements placements;
    private final Invitations invitations;

    InvitationController(CommandGateway commands, QueryGateway queries, Placements placements,
                         Invitations invitations) {
        this.commands = commands;
        this.queries = queries;
        this.placements = placements;
        this.invitations = invitations;
    }

    @PostMapping("/api/sections/{sectionId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer un membre à inviter (INV-1)",
            description = "Sans adresse e-mail valide, la personne reste en « profil incomplet ».")
    Created createPersonToInvite(ManagedSection section, @Valid @RequestBody PersonToInviteRequest request) {
        MemberId person = MemberId.random();
        EmailAddress email = request.email() == null || request.email().isBlank() ? null : new EmailAddress(request.email());
        commands.sendAndWait(new CreatePersonToInviteCommand(person, section.federationId(), section.id(),
                request.membershipType(), new PersonName(request.firstName(), request.lastName()), email,
                new Coordinates(request.phone(), request.mobile(), request.address(), request.addressComplement(),
                        request.postalCode(), request.city(), request.country()),
                new PersonalInfo(request.sex(), request.birthDate()), request.membershipNumber(), request.membershipDate()));
        return new Created(person.value());
    }

    @GetMapping("/api/sections/{sectionId}/invitations")
    @Operation(summary = "Membres à inviter, invitations envoyées, profils incomplets (INV-2)",
            description = "state = to-invite, sent ou incomplete ; avec les trois effectifs.")
    InvitationPage invitations(ManagedSection section,
                               @RequestParam(name = "state", defaultValue = "to-invite") String state,
                               @RequestParam(name = "page", defaultValue = "0") int page,
                               @RequestParam(name = "size", defaultValue = "50") int size) {
        AccountState accountState = switch (state) {
            case "to-invite" -> AccountState.TO_INVITE;
            case "sent" -> AccountState.INVITED;
            case "incomplete" -> AccountState.INCOMPLETE;
            default -> throw new InvalidValueException("state", "state vaut to-invite, sent ou incomplete");
        };
        Paging paging = Paging.of(page, size);
        return queries.query(new SearchInvitationsQuery(section.viewer(), section.id(), accountState, paging.page(),
                paging.size()), InvitationPage.class).join();
    }

    @PostMapping("/api/sections/{sectionId}/invitations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Inviter les membres choisis, ou tous les membres à inviter (INV-3)",
            description = "Renvoyer une invitation remplace la précédente. Chaque personne non invitée est dite avec la raison.")
    InvitationsSent invite(ManagedSection section, @RequestBody InvitationsRequest request) {
        List<MemberId> chosen;
        if (request.all()) {
            chosen = placements.toInvite(section.id());
        } else if (request.memberIds() != null && !request.memberIds().isEmpty()) {
            chosen = request.memberIds().stream().map(MemberId::new).toList();
        } else {
            throw new InvalidValueException("memberIds", "choisis des membres, ou tous (all)");
        }
        int invited = 0;
        List<Skipped> skipped = new ArrayList<>();
        for (MemberId member : chosen) {
            boolean inSection = placements.placement(member).map(p -> section.id().equals(p.sectionId())).orElse(false);
            if (!inSection) {
                skipped.add(new Skipped(member.value(), "member_not_found"));
                continue;
            }
            try {
                invitations.invite(member);
                invited++;
            } catch (DomainException e) {
                skipped.add(new Skipped(member.value(), e.code()));
            }
        }
        return new InvitationsSent(invited, skipped);
    }
}
