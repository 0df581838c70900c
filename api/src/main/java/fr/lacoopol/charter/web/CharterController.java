package fr.lacoopol.charter.web;

import fr.lacoopol.charter.Charter;
import fr.lacoopol.charter.CharterAcceptances;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.member.command.AcceptCharterCommand;
import fr.lacoopol.security.CurrentCaller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** MOD-2: the charter in force; its version is what an accepted invitation records (GDPR-3). */
@RestController
@Tag(name = "Charte")
class CharterController {

    record CharterView(String version, String text) {
    }

    /** {@code mustAccept}: the version in force is not the last one the member accepted (ask them again). */
    record MyCharter(String version, String acceptedVersion, Instant acceptedAt, boolean mustAccept,
                     List<CharterAcceptances.Acceptance> acceptances) {
    }

    record AcceptanceRequest(@NotBlank String version) {
    }

    private final CharterView charter;
    private final CharterAcceptances acceptances;
    private final CommandGateway commands;

    CharterController(Charter charter, CharterAcceptances acceptances, CommandGateway commands) {
        this.charter = new CharterView(charter.version(), charter.text());
        this.acceptances = acceptances;
        this.commands = commands;
    }

    @GetMapping("/api/me/charter")
    @Operation(summary = "Ma charte : la version en vigueur, la dernière que j'ai acceptée, et s'il faut l'accepter de nouveau",
            description = "MOD-2, GDPR-3 : chaque acceptation, avec sa version et sa date.")
    MyCharter mine() {
        List<CharterAcceptances.Acceptance> mine = acceptances.of(CurrentCaller.member());
        CharterAcceptances.Acceptance last = mine.isEmpty() ? null : mine.get(mine.size() - 1);
        return new MyCharter(charter.version(), last == null ? null : last.version(), last == null ? null : last.acceptedAt(),
                last == null || !last.version().equals(charter.version()), mine);
    }

    @PostMapping("/api/me/charter-acceptances")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Accepter la version de la charte en vigueur (MOD-2)",
            description = "La version lue doit être celle en vigueur (sinon 422 charter_outdated) ; l'accepter de nouveau "
                    + "n'enregistre rien de plus.")
    void accept(@Valid @RequestBody AcceptanceRequest request) {
        if (!request.version().equals(charter.version())) {
            throw new RuleViolationException("charter_outdated",
                    "ce n'est pas la version de la charte en vigueur (" + charter.version() + ")");
        }
        commands.sendAndWait(new AcceptCharterCommand(CurrentCaller.member(), charter.version()));
    }

    @GetMapping("/api/charter")
    @Operation(summary = "La charte de la coopol, avec sa version")
    CharterView charter() {
        return charter;
    }
}
