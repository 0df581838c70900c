package fr.lacoopol.joinrequest.web;

import fr.lacoopol.organisation.web.NotSectionManagement;
import fr.lacoopol.access.Viewer;
import fr.lacoopol.identity.Placements;
import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.joinrequest.command.AcceptJoinRequestCommand;
import fr.lacoopol.joinrequest.command.AskToJoinSectionCommand;
import fr.lacoopol.joinrequest.command.RefuseJoinRequestCommand;
import fr.lacoopol.joinrequest.command.SubmitPreRegistrationCommand;
import fr.lacoopol.joinrequest.query.FindJoinRequestQuery;
import fr.lacoopol.joinrequest.query.JoinRequestPage;
import fr.lacoopol.joinrequest.query.JoinRequestView;
import fr.lacoopol.joinrequest.query.ListJoinRequestsQuery;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.command.CreatePersonToInviteCommand;
import fr.lacoopol.member.command.MoveMemberCommand;
import fr.lacoopol.organisation.query.FindPostalCodeCoverageQuery;
import fr.lacoopol.organisation.query.PostalCodeCoverage;
import fr.lacoopol.organisation.web.Invitations;
import fr.lacoopol.organisation.web.ManagedSections.ManagedSection;
import fr.lacoopol.organisation.web.ManagedSections;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import fr.lacoopol.web.RateLimits;
import fr.lacoopol.web.TooManyRequestsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
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
 * The DEMANDES tab (SEC-4): pre-registrations from outside (ACC-5), which land with the section covering
 * the postal code or else with the federation's referent, and members asking to join another section.
 * Accepting a pre-registration records the person and invites them (ACC-1); accepting a member moves them,
 * account and history kept (SEC-5).
 */
@RestController
@Tag(name = "Demandes", description = "pré-inscriptions et demandes d'adhésion à une section")
class JoinRequestController {

    record PreRegistrationRequest(@NotBlank String firstName, @NotBlank String lastName, @NotBlank String email,
                                  @NotBlank String postalCode) {
    }

    record Submitted(String id) {
    }

    record Decided(String requestId, String state, String memberId) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Placements placements;
    private final Invitations invitations;
    private final RateLimits limits;

    JoinRequestController(CommandGateway commands, QueryGateway queries, Placements placements,
                          Invitations invitations, RateLimits limits) {
        this.limits = limits;
        this.commands = commands;
        this.queries = queries;
        this.placements = placements;
        this.invitations = invitations;
    }

    @PostMapping("/api/pre-registrations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Se pré-inscrire (ACC-5), sans compte",
            description = "La demande arrive à la section du code postal, ou au référent de la fédération. La réponse "
                    + "ne dit rien de l'adresse (déjà connue ou non). Au plus 3 demandes par adresse et par jour, 20 par "
                    + "client et par heure (429 too_many_requests).")
    Submitted preRegister(@Valid @RequestBody PreRegistrationRequest request, HttpServletRequest http) {
        PersonName name = new PersonName(request.firstName(), request.lastName());
        EmailAddress email = new EmailAddress(request.email());
        // Anybody may call this: a flood would bury the secretaries' DEMANDES tab.
        if (!limits.tryConsume("pre-registration:e:" + email.value(), 3, Duration.ofDays(1))
                || !limits.tryConsume("pre-registration:ip:" + http.getRemoteAddr(), 20, Duration.ofHours(1))) {
            throw new TooManyRequestsException("too_many_requests", "trop de demandes : réessaie plus tard");
        }
        PostalCodeCoverage coverage = queries.query(new FindPostalCodeCoverageQuery(request.postalCode()),
                        ResponseTypes.optionalInstanceOf(PostalCodeCoverage.class)).join()
                .orElseThrow(() -> new RuleViolationException("postal_code_not_covered",
                        "aucune fédération de la coopol ne couvre encore ce code postal"));
        JoinRequestId id = JoinRequestId.random();
        commands.sendAndWait(new SubmitPreRegistrationCommand(id,
                coverage.sectionId() == null ? null : new SectionId(coverage.sectionId()),
                new FederationId(coverage.federationId()), name, email, request.postalCode()));
        return new Submitted(id.value());
    }

    @NotSectionManagement(why = "any member asks to join another section")
    @PostMapping("/api/sections/{sectionId}/requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Demander à rejoindre une autre section (SEC-4)")
    Submitted askToJoin(@PathVariable String sectionId) {
        Viewer viewer = CurrentCaller.viewer();
        if (!viewer.isMember()) throw new RuleViolationException("members_only", "seul un membre peut demander à changer de section");
        SectionId section = new SectionId(sectionId);
        FederationId federation = placements.federationOfSection(section).orElseThrow(ManagedSections::notFound);
        if (section.equals(viewer.sectionId())) {
            throw new ConflictException("already_in_section", "tu es déjà membre de cette section");
        }
        JoinRequestId id = JoinRequestId.random();
        commands.sendAndWait(new AskToJoinSectionCommand(id, viewer.memberId(), section, federation));
        return new Submitted(id.value());
    }

    @GetMapping("/api/sections/{sectionId}/requests")
    @Operation(summary = "Les demandes de la section (SEC-4)", description = "state = PENDING (défaut), ACCEPTED, REFUSED")
    JoinRequestPage sectionRequests(ManagedSection section,
                                    @RequestParam(name = "state", defaultValue = "PENDING") String state,
                                    @RequestParam(name = "page", defaultValue = "0") int page,
                                    @RequestParam(name = "size", defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        return queries.query(new ListJoinRequestsQuery(section.viewer(), section.id(), section.federationId(),
                state, paging.page(), paging.size()), JoinRequestPage.class).join();
    }

    @GetMapping("/api/federations/{federationId}/requests")
    @Operation(summary = "Les pré-inscriptions qu'aucune section ne couvre, pour le référent de la fédération (ACC-5)")
    JoinRequestPage federationRequests(@PathVariable String federationId,
                                       @RequestParam(name = "state", defaultValue = "PENDING") String state,
                                       @RequestParam(name = "page", defaultValue = "0") int page,
                                       @RequestParam(name = "size", defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        return queries.query(new ListJoinRequestsQuery(CurrentCaller.viewer(), null, new FederationId(federationId),
                state, paging.page(), paging.size()), JoinRequestPage.class).join();
    }

    @NotSectionManagement(why = "also a federation's path: FindJoinRequestQuery answers only to whoever decides the request")
    @PostMapping({"/api/sections/{sectionId}/requests/{requestId}/accept", "/api/federations/{sectionId}/requests/{requestId}/accept"})
    // For a federation's requests, {sectionId} is the federation's id.
    @Operation(summary = "Accepter une demande (SEC-4)",
            description = "Une pré-inscription devient un membre à qui l'invitation part aussitôt ; un membre change de section.")
    Decided accept(@PathVariable String sectionId, @PathVariable String requestId) {
        JoinRequestView request = pending(sectionId, requestId);
        boolean member = "MEMBER".equals(request.kind());
        // The person's id derives from the request's, so that the decision can name them before they exist.
        MemberId person = member ? new MemberId(request.memberId())
                : new MemberId(UUID.nameUUIDFromBytes(("join-request:" + requestId).getBytes(StandardCharsets.UTF_8)).toString());
        // The request is decided first, once: an accept that loses to another decision stops here (409), so
        // nobody is moved, created or invited by a decision that did not stand.
        commands.sendAndWait(new AcceptJoinRequestCommand(new JoinRequestId(requestId), person));
        if (member) {
            SectionId to = new SectionId(request.sectionId());
            if (!placements.placement(person).map(p -> to.equals(p.sectionId())).orElse(false)) {
                commands.sendAndWait(new MoveMemberCommand(person, to, new FederationId(request.federationId())));
            }
        } else {
            commands.sendAndWait(new CreatePersonToInviteCommand(person, new FederationId(request.federationId()),
                    request.sectionId() == null ? null : new SectionId(request.sectionId()), MembershipType.SUPPORTER,
                    new PersonName(request.firstName(), request.lastName()), new EmailAddress(request.email()),
                    new Coordinates(null, null, null, null, request.postalCode(), null, null), PersonalInfo.NONE,
                    null, null));
            invitations.invite(person);
        }
        return new Decided(requestId, "ACCEPTED", person.value());
    }

    @NotSectionManagement(why = "also a federation's path: FindJoinRequestQuery answers only to whoever decides the request")
    @PostMapping({"/api/sections/{sectionId}/requests/{requestId}/refuse", "/api/federations/{sectionId}/requests/{requestId}/refuse"})
    @Operation(summary = "Refuser une demande (SEC-4)")
    Decided refuse(@PathVariable String sectionId, @PathVariable String requestId) {
        pending(sectionId, requestId);
        commands.sendAndWait(new RefuseJoinRequestCommand(new JoinRequestId(requestId)));
        return new Decided(requestId, "REFUSED", null);
    }

    /**
     * The request, if it is addressed to this section (or federation) and the caller decides it (else "not
     * found"), and only while it waits for a decision.
     */
    private JoinRequestView pending(String addressee, String requestId) {
        JoinRequestView request = queries.query(new FindJoinRequestQuery(CurrentCaller.viewer(), new JoinRequestId(requestId)),
                        ResponseTypes.optionalInstanceOf(JoinRequestView.class)).join()
                .filter(r -> addressee.equals(r.sectionId()) || r.sectionId() == null && addressee.equals(r.federationId()))
                .orElseThrow(() -> new NotFoundException());
        if (!"PENDING".equals(request.state())) {
            throw new ConflictException("request_closed", "cette demande a déjà été traitée");
        }
        return request;
    }
}
