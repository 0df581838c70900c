package fr.lacoopol.organisation.web;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.access.lookup.AccessDirectory;
import fr.lacoopol.access.Viewer;
import fr.lacoopol.errors.DomainException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.Sex;
import fr.lacoopol.member.command.CreatePersonToInviteCommand;
import fr.lacoopol.member.command.InviteMemberCommand;
import fr.lacoopol.member.query.RosterPage;
import fr.lacoopol.member.query.SearchRosterQuery;
import fr.lacoopol.organisation.SectionAddress;
import fr.lacoopol.organisation.command.AppointReferentCommand;
import fr.lacoopol.organisation.command.AppointSecretaryCommand;
import fr.lacoopol.organisation.command.CreateFederationCommand;
import fr.lacoopol.organisation.command.CreateSectionCommand;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's chain of invitations: the administrator creates a federation and invites its referent;
 * a referent creates a section and invites its secretary; a secretary records people to invite (INV-1) and
 * invites them (INV-3), and searches the roster (DIR-4).
 *
 * <p>A section the caller does not manage answers exactly as a section that does not exist.
 */
@RestController
@Tag(name = "Organisation", description = "fédérations, sections, invitations")
class OrganisationController {

    record Person(@NotBlank String firstName, @NotBlank String lastName, @NotBlank String email) {
    }

    record CreateFederationRequest(@NotBlank String name, @NotBlank String departmentCode, @Valid @NotNull Person referent) {
    }

    record CreateSectionRequest(@NotBlank String name, SectionAddress address, @Valid @NotNull Person secretary) {
    }

    record PersonToInviteRequest(@NotNull MembershipType membershipType, @NotBlank String firstName,
                                 @NotBlank String lastName, String email, String phone, String mobile, String address,
                                 String addressComplement, String postalCode, String city, String country, Sex sex,
                                 LocalDate birthDate, String membershipNumber, LocalDate membershipDate) {
    }

    record InvitationsRequest(@NotEmpty List<String> memberIds) {
    }

    record Created(String id) {
    }

    record CreatedWithPerson(String id, String personId) {
    }

    record Skipped(String memberId, String code) {
    }

    record InvitationsSent(int invited, List<Skipped> skipped) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AccessDirectory access;
    private final CoopolProperties properties;
    private final Clock clock;

    OrganisationController(CommandGateway commands, QueryGateway queries, AccessDirectory access,
                           CoopolProperties properties, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/api/federations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer une fédération et inviter son référent web (administrateur)")
    CreatedWithPerson createFederation(@Valid @RequestBody CreateFederationRequest request) {
        FederationId federation = FederationId.random();
        MemberId referent = MemberId.random();
        EmailAddress email = new EmailAddress(request.referent().email());
        PersonName name = new PersonName(request.referent().firstName(), request.referent().lastName());
        commands.sendAndWait(new CreateFederationCommand(federation, request.name(), request.departmentCode()));
        commands.sendAndWait(new CreatePersonToInviteCommand(referent, federation, null, MembershipType.MEMBER, name,
                email, Coordinates.NONE, PersonalInfo.NONE, null, null));
        commands.sendAndWait(new AppointReferentCommand(federation, referent));
        invite(referent);
        return new CreatedWithPerson(federation.value(), referent.value());
    }

    @PostMapping("/api/federations/{federationId}/sections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer une section et inviter son secrétaire (référent de la fédération)")
    CreatedWithPerson createSection(@PathVariable String federationId, @Valid @RequestBody CreateSectionRequest request) {
        FederationId federation = new FederationId(federationId);
        Viewer viewer = CurrentCaller.viewer();
        if (!viewer.isReferentOf(federation) && !viewer.administrator()) {
            throw new NotFoundException("federation_not_found", "fédération introuvable");
        }
        SectionId section = SectionId.random();
        MemberId secretary = MemberId.random();
        EmailAddress email = new EmailAddress(request.secretary().email());
        PersonName name = new PersonName(request.secretary().firstName(), request.secretary().lastName());
        commands.sendAndWait(new CreateSectionCommand(section, federation, request.name(), request.address()));
        commands.sendAndWait(new CreatePersonToInviteCommand(secretary, federation, section, MembershipType.MEMBER, name,
                email, Coordinates.NONE, PersonalInfo.NONE, null, null));
        commands.sendAndWait(new AppointSecretaryCommand(section, secretary));
        invite(secretary);
        return new CreatedWithPerson(section.value(), secretary.value());
    }

    @PostMapping("/api/sections/{sectionId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer un membre à inviter (INV-1)",
            description = "Sans adresse e-mail valide, la personne reste en « profil incomplet ».")
    Created createPersonToInvite(@PathVariable String sectionId, @Valid @RequestBody PersonToInviteRequest request) {
        SectionId section = managedSection(sectionId);
        FederationId federation = access.federationOfSection(section).orElseThrow(OrganisationController::noSection);
        MemberId person = MemberId.random();
        EmailAddress email = request.email() == null || request.email().isBlank() ? null : new EmailAddress(request.email());
        commands.sendAndWait(new CreatePersonToInviteCommand(person, federation, section, request.membershipType(),
                new PersonName(request.firstName(), request.lastName()), email,
                new Coordinates(request.phone(), request.mobile(), request.address(), request.addressComplement(),
                        request.postalCode(), request.city(), request.country()),
                new PersonalInfo(request.sex(), request.birthDate()), request.membershipNumber(), request.membershipDate()));
        return new Created(person.value());
    }

    @PostMapping("/api/sections/{sectionId}/invitations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Inviter les membres choisis (INV-3)",
            description = "Renvoyer une invitation remplace la précédente. Chaque personne non invitée est dite avec la raison.")
    InvitationsSent invite(@PathVariable String sectionId, @Valid @RequestBody InvitationsRequest request) {
        SectionId section = managedSection(sectionId);
        int invited = 0;
        List<Skipped> skipped = new ArrayList<>();
        for (String id : request.memberIds()) {
            MemberId member = new MemberId(id);
            boolean inSection = access.placement(member).map(p -> section.equals(p.sectionId())).orElse(false);
            if (!inSection) {
                skipped.add(new Skipped(id, "member_not_found"));
                continue;
            }
            try {
                invite(member);
                invited++;
            } catch (DomainException e) {
                skipped.add(new Skipped(id, e.code()));
            }
        }
        return new InvitationsSent(invited, skipped);
    }

    @GetMapping("/api/sections/{sectionId}/members")
    @Operation(summary = "Le fichier de la section, pour ses secrétaires (DIR-4)",
            description = "Tous les membres, y compris ceux que leur visibilité cache aux autres.")
    RosterPage roster(@PathVariable String sectionId,
                      @RequestParam(name = "q", required = false) String q,
                      @RequestParam(name = "page", defaultValue = "0") int page,
                      @RequestParam(name = "size", defaultValue = "50") int size) {
        SectionId section = managedSection(sectionId);
        Paging paging = Paging.of(page, size);
        return queries.query(new SearchRosterQuery(CurrentCaller.viewer(), section, q, paging.page(), paging.size()),
                RosterPage.class).join();
    }

    private void invite(MemberId member) {
        commands.sendAndWait(new InviteMemberCommand(member, UUID.randomUUID().toString(),
                clock.instant().plus(properties.invitationTtl())));
    }

    /** The section, if the caller manages it (its secretary, or its federation's referent); else "not found". */
    private SectionId managedSection(String sectionId) {
        SectionId section = new SectionId(sectionId);
        Viewer viewer = CurrentCaller.viewer();
        if (viewer.isSecretaryOf(section)) return section;
        boolean referent = access.federationOfSection(section).map(viewer::isReferentOf).orElse(false);
        if (referent) return section;
        throw noSection();
    }

    private static NotFoundException noSection() {
        return new NotFoundException("section_not_found", "section introuvable");
    }
}
