package fr.lacoopol.audit.web;

import fr.lacoopol.audit.DataAccessLog;
import fr.lacoopol.audit.DataAccessLog.Entry;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** AUD-5: "qui a consulté mes données". */
@RestController
@Tag(name = "Mes données")
class DataAccessController {

    record DataAccessPage(List<Entry> items, long total, int page, int size) {
    }

    private final DataAccessLog log;

    DataAccessController(DataAccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/me/data-access")
    @Operation(summary = "Qui a consulté mes données personnelles, quand et par quel moyen (AUD-5)",
            description = "Chaque lecture de vos coordonnées, e-mail ou activités politiques par quelqu'un d'autre que "
                    + "vous : fiche ouverte par un secrétaire, fichier de la section, import fusionné, lecture d'un "
                    + "auditeur. Les plus récentes d'abord.")
    DataAccessPage dataAccess(@RequestParam(name = "page", defaultValue = "0") int page,
                              @RequestParam(name = "size", defaultValue = "20") int size) {
        String me = CurrentCaller.member().value();
        Paging paging = Paging.of(page, size);
        return new DataAccessPage(log.readsOf(me, paging.page(), paging.size()), log.countReadsOf(me), paging.page(),
                paging.size());
    }
}
