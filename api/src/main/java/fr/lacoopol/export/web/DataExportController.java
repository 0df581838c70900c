package fr.lacoopol.export.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.lacoopol.audit.DataAccessLog;
import fr.lacoopol.charter.CharterAcceptances;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.export.query.ExportMemberDataQuery;
import fr.lacoopol.export.query.MemberDataExport;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.query.FindMemberProfileQuery;
import fr.lacoopol.member.query.MemberProfileView;
import fr.lacoopol.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GDPR-1: "télécharger mes données" — a zip of JSON files, one per kind of data, with a README (in French) that
 * says what each holds. Only what the member wrote, did or may already see; other members appear by id.
 */
@RestController
@Tag(name = "Mes données")
class DataExportController {

    private static final String README = """
            Vos données sur la coopol
            =========================

            Cette archive contient tout ce que la coopol conserve de vous, au format JSON (lisible par
            n'importe quel éditeur de texte). Les autres membres n'y figurent que par leur identifiant, et
            seulement là où vous les voyez déjà.

            profil.json          votre profil : nom, coordonnées, informations personnelles, activités
                                 politiques, visibilité, réglages des e-mails, section, statut.
            consentements.json   les versions de la charte que vous avez acceptées et quand ; vos réglages
                                 de notifications et de visibilité.
            publications.json    les billets, images, vidéos, sons, fichiers et liens que vous avez publiés,
                                 avec leurs espaces de publication (public, section, groupes).
            commentaires.json    vos commentaires, sur des publications ou des événements.
            messages.json        les messages que vous avez écrits, avec le sujet de leur conversation.
            evenements.json      les événements et missions que vous avez créés, et vos réponses aux
                                 invitations (oui, non, peut-être, présence).
            coopains.json        vos coopains (identifiants) et depuis quand.
            groupes.json         vos groupes, votre rôle et depuis quand.
            acces.json           qui a consulté vos données personnelles, quand et par quel moyen
                                 (fiche ouverte par un secrétaire, fichier de section, import, auditeur).

            Les dates sont en temps universel (UTC), au format ISO-8601.
            """;

    private final QueryGateway queries;
    private final CharterAcceptances charterAcceptances;
    private final DataAccessLog dataAccess;
    private final ObjectMapper json;

    DataExportController(QueryGateway queries, CharterAcceptances charterAcceptances, DataAccessLog dataAccess,
                         ObjectMapper json) {
        this.queries = queries;
        this.charterAcceptances = charterAcceptances;
        this.dataAccess = dataAccess;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @GetMapping("/api/me/export")
    @Operation(summary = "Télécharger toutes mes données (GDPR-1)",
            description = "Une archive zip de fichiers JSON — profil, coordonnées, publications, commentaires, messages "
                    + "écrits, événements et réponses, coopains, groupes, consentements et acceptations de la charte, "
                    + "accès à mes données — avec un LISEZMOI.txt qui explique chaque fichier.")
    ResponseEntity<byte[]> export() {
        MemberId me = CurrentCaller.member();
        MemberProfileView profile = queries.query(new FindMemberProfileQuery(CurrentCaller.viewer(), me),
                ResponseTypes.optionalInstanceOf(MemberProfileView.class)).join().orElseThrow(NotFoundException::new);
        MemberDataExport data = queries.query(new ExportMemberDataQuery(me), MemberDataExport.class).join();

        Map<String, Object> files = new LinkedHashMap<>();
        files.put("profil.json", profile);
        files.put("consentements.json", consents(me, profile));
        files.put("publications.json", data.posts());
        files.put("commentaires.json", data.comments());
        files.put("messages.json", data.messages());
        files.put("evenements.json", Map.of("crees", data.eventsCreated(), "reponses", data.eventAnswers()));
        files.put("coopains.json", data.coopains());
        files.put("groupes.json", data.groups());
        files.put("acces.json", dataAccess.allReadsOf(me.value()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("mes-donnees-lacoopol.zip").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(zip(files));
    }

    /** GDPR-3: each charter acceptance with its version and date; the consents a member sets in their profile. */
    private Map<String, Object> consents(MemberId me, MemberProfileView profile) {
        Map<String, Object> consents = new LinkedHashMap<>();
        consents.put("charte", charterAcceptances.of(me));
        if (profile.privateData() != null) {
            consents.put("notifications", profile.privateData().notificationSettings());
            consents.put("visibilite", profile.privateData().visibility());
        }
        consents.put("exporteLe", Instant.now().toString());
        return consents;
    }

    private byte[] zip(Map<String, Object> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("LISEZMOI.txt"));
            zip.write(README.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (Map.Entry<String, Object> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(json.writeValueAsBytes(file.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export archive", e);
        }
        return bytes.toByteArray();
    }
}
