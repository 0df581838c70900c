package fr.lacoopol.moderation.web;

import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Text;
import fr.lacoopol.moderation.AbuseReports;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** MOD-1: "signaler un abus", and the moderators' queue of reports. */
@RestController
@Tag(name = "Modération")
class AbuseReportController {

    record ReportRequest(@NotNull ContentKind kind, @NotBlank String id, @NotBlank String reason) {
    }

    record Reported(String id) {
    }

    record Closing(@NotBlank String decision) {
    }

    record Hiding(@NotBlank String reason) {
    }

    record ReportPage(List<AbuseReports.Report> items, int page, int size) {
    }

    private final AbuseReports reports;
    private final QueryGateway queries;

    AbuseReportController(AbuseReports reports, QueryGateway queries) {
        this.reports = reports;
        this.queries = queries;
    }

    @PostMapping("/api/abuse-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Signaler un abus (MOD-1)",
            description = "kind : POST, COMMENT, EVENT, GROUP ou PROFILE ; id : ce qui est signalé, que vous devez pouvoir "
                    + "voir (sinon 404) ; reason : pourquoi. Transmis à l'équipe d'animation.")
    Reported report(@Valid @RequestBody ReportRequest request) {
        return new Reported(reports.report(CurrentCaller.viewer(), CallerName.of(queries), request.kind(),
                request.id().strip(), Text.requiredParagraphs("reason", request.reason(), 2000)));
    }

    @GetMapping("/api/admin/abuse-reports")
    @Operation(summary = "La file des signalements (modérateurs)",
            description = "state=open (par défaut, les plus anciens d'abord) ou closed (les plus récemment traités).")
    ReportPage queue(@RequestParam(name = "state", defaultValue = "open") String state,
                     @RequestParam(name = "page", defaultValue = "0") int page,
                     @RequestParam(name = "size", defaultValue = "20") int size) {
        Paging paging = Paging.of(page, size);
        if (!state.equals("open") && !state.equals("closed")) {
            throw new InvalidValueException("state", "open ou closed");
        }
        return new ReportPage(reports.list(state.equals("open"), paging.page(), paging.size()), paging.page(),
                paging.size());
    }

    @PostMapping("/api/admin/abuse-reports/{reportId}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Clore un signalement avec la décision prise (modérateurs)")
    void close(@PathVariable String reportId, @Valid @RequestBody Closing closing) {
        reports.close(reportId, CurrentCaller.actor().orElseThrow(), Text.requiredParagraphs("decision", closing.decision(),
                2000));
    }

    @PostMapping("/api/admin/abuse-reports/{reportId}/hide")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Masquer ce qu'un signalement désigne, et le clore (modérateurs)",
            description = "reason : pourquoi, envoyé à l'auteur. Le contenu disparaît de toutes les lectures ; la décision "
                    + "entre au journal de modération.")
    void hide(@PathVariable String reportId, @Valid @RequestBody Hiding hiding) {
        reports.hideReported(reportId, CurrentCaller.actor().orElseThrow(), Text.requiredParagraphs("reason",
                hiding.reason(), 2000));
    }
}
