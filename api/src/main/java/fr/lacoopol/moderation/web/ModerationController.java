package fr.lacoopol.moderation.web;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.member.Text;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ContentModeration;
import fr.lacoopol.moderation.ModerationLog;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** MOD-1: the moderators hide content or show it again; MOD-3: the log of their decisions. */
@RestController
@Tag(name = "Modération")
class ModerationController {

    record Decision(@NotNull ContentKind kind, @NotBlank String id, @NotBlank String reason) {
    }

    record LogPage(List<ModerationLog.Entry> items, int page, int size) {
    }

    private final ContentModeration moderation;
    private final ModerationLog log;

    ModerationController(ContentModeration moderation, ModerationLog log) {
        this.moderation = moderation;
        this.log = log;
    }

    @PostMapping("/api/admin/moderation/hide")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Masquer un contenu (modérateurs)",
            description = "kind : POST, COMMENT, EVENT, GROUP ou PROFILE ; reason : pourquoi, envoyé à l'auteur. Le contenu "
                    + "disparaît de toutes les lectures, même pour son auteur ; 409 already_hidden s'il l'est déjà.")
    void hide(@Valid @RequestBody Decision decision) {
        moderation.hide(decision.kind(), decision.id().strip(), CurrentCaller.actor().orElseThrow(),
                Text.requiredParagraphs("reason", decision.reason(), 2000));
    }

    @PostMapping("/api/admin/moderation/restore")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rétablir un contenu masqué (modérateurs)",
            description = "reason : pourquoi, envoyé à l'auteur ; 409 not_hidden s'il n'est pas masqué.")
    void restore(@Valid @RequestBody Decision decision) {
        moderation.restore(decision.kind(), decision.id().strip(), CurrentCaller.actor().orElseThrow(),
                Text.requiredParagraphs("reason", decision.reason(), 2000));
    }

    @GetMapping("/api/admin/moderation-log")
    @Operation(summary = "Le journal de modération, toutes fédérations (administrateurs, MOD-3)")
    LogPage all(@RequestParam(name = "page", defaultValue = "0") int page,
                @RequestParam(name = "size", defaultValue = "20") int size) {
        Paging paging = Paging.of(page, size);
        return new LogPage(log.read(null, paging.page(), paging.size()), paging.page(), paging.size());
    }

    @GetMapping("/api/federations/{federationId}/moderation-log")
    @Operation(summary = "Le journal de modération d'une fédération (ses référents, MOD-3)",
            description = "Les décisions des modérateurs sur les contenus et les profils des membres de la fédération : "
                    + "masqué, rétabli, signalement clos ; par qui, quand, pourquoi. Les plus récentes d'abord.")
    LogPage ofFederation(@PathVariable String federationId,
                         @RequestParam(name = "page", defaultValue = "0") int page,
                         @RequestParam(name = "size", defaultValue = "20") int size) {
        FederationId federation = new FederationId(federationId);
        Viewer viewer = CurrentCaller.viewer();
        if (!viewer.isReferentOf(federation) && !viewer.administrator()) throw new NotFoundException();
        Paging paging = Paging.of(page, size);
        return new LogPage(log.read(federation, paging.page(), paging.size()), paging.page(), paging.size());
    }
}
