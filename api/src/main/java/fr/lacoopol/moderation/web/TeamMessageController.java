package fr.lacoopol.moderation.web;

import fr.lacoopol.mail.TeamMessages;
import fr.lacoopol.member.Text;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** MOD-2: "contacter l'équipe d'animation" — a member writes to the moderators, who read it here and by e-mail. */
@RestController
@Tag(name = "Modération")
class TeamMessageController {

    record TeamMessageRequest(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 5000) String body) {
    }

    record Sent(String id) {
    }

    record TeamMessagePage(List<TeamMessages.TeamMessage> items, int page, int size) {
    }

    private final TeamMessages messages;
    private final QueryGateway queries;

    TeamMessageController(TeamMessages messages, QueryGateway queries) {
        this.messages = messages;
        this.queries = queries;
    }

    @PostMapping("/api/team-messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Contacter l'équipe d'animation (MOD-2)",
            description = "Le message est transmis aux modérateurs avec votre nom, jamais votre adresse e-mail ; ils "
                    + "répondent par la messagerie.")
    Sent send(@Valid @RequestBody TeamMessageRequest request) {
        return new Sent(messages.send(CurrentCaller.member(), CallerName.of(queries),
                Text.required("subject", request.subject(), 200), Text.requiredParagraphs("body", request.body(), 5000)));
    }

    @GetMapping("/api/admin/team-messages")
    @Operation(summary = "Les messages à l'équipe d'animation, les plus récents d'abord (modérateurs)")
    TeamMessagePage received(@RequestParam(name = "page", defaultValue = "0") int page,
                             @RequestParam(name = "size", defaultValue = "20") int size) {
        Paging paging = Paging.of(page, size);
        return new TeamMessagePage(messages.recent(paging.page(), paging.size()), paging.page(), paging.size());
    }
}
