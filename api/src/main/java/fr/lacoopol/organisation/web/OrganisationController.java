package fr.lacoopol.organisation.web;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.command.CreatePersonToInviteCommand;
import fr.lacoopol.organisation.SectionAddress;
import fr.lacoopol.organisation.command.AppointReferentCommand;
import fr.lacoopol.organisation.command.AppointSecretaryCommand;
import fr.lacoopol.organisation.command.CreateFederationCommand;
import fr.lacoopol.organisation.command.CreateSectionCommand;
import fr.lacoopol.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's chain of invitations: the administrator creates a federation and invites its referent;
 * a referent creates a section and invites its secretary.
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

    record CreatedWithPerson(String id, String personId) {
    }

    private final CommandGateway commands;
    private final Invitations invitations;

    OrganisationController(CommandGateway commands, Invitations invitations) {
        this.commands = commands;
        this.invitations = invitations;
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
        invitations.invite(referent);
        return new CreatedWithPerson(federation.value(), referent.value());
    }

    @PostMapping("/api/federations/{federationId}/sections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer une section et inviter son secrétaire (référent de la fédération)")
    CreatedWithPerson createSection(@PathVariable String federationId, @Valid @RequestBody CreateSectionRequest request) {
        FederationId federation = new FederationId(federationId);
        Viewer viewer = CurrentCaller.viewer();
        if (!viewer.isReferentOf(federation) && !viewer.administrator()) {
            throw new NotFoundException();
        }
        SectionId section = SectionId.random();
        MemberId secretary = MemberId.random();
        EmailAddress email = new EmailAddress(request.secretary().email());
        PersonName name = new PersonName(request.secretary().firstName(), request.secretary().lastName());
        commands.sendAndWait(new CreateSectionCommand(section, federation, request.name(), request.address()));
        commands.sendAndWait(new CreatePersonToInviteCommand(secretary, federation, section, MembershipType.MEMBER, name,
                email, Coordinates.NONE, PersonalInfo.NONE, null, null));
        commands.sendAndWait(new AppointSecretaryCommand(section, secretary));
        invitations.invite(secretary);
        return new CreatedWithPerson(section.value(), secretary.value());
    }

}
