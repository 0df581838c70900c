package fr.lacoopol.imports.web;

import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.files.FileStore;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.imports.ColumnMapping;
import fr.lacoopol.imports.file.CsvFile;
import fr.lacoopol.imports.ImportField;
import fr.lacoopol.imports.ImportKind;
import fr.lacoopol.imports.MappingGuess;
import fr.lacoopol.imports.RejectedRowsCsv;
import fr.lacoopol.imports.command.StartImportCommand;
import fr.lacoopol.imports.command.UndoImportCommand;
import fr.lacoopol.imports.command.UploadImportCommand;
import fr.lacoopol.imports.query.FindImportQuery;
import fr.lacoopol.imports.query.ImportView;
import fr.lacoopol.imports.query.RejectedRows;
import fr.lacoopol.imports.query.RejectedRowsQuery;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.StoredFile;
import fr.lacoopol.organisation.web.ManagedSections.ManagedSection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import fr.lacoopol.web.ReadYourWrite;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Importing a member or supporter file (INV-4..6) or a contacts file (CON-2): upload, see the columns, a guessed
 * mapping and a preview; confirm or change the mapping; follow the progress; download the rejected rows.
 */
@RestController
@Tag(name = "Imports", description = "fichiers de membres, de sympathisants et de contacts")
class ImportController {

    /** What the secretary sees after the upload, to confirm or change the mapping. */
    record Uploaded(String importId, ImportKind kind, String fileName, String encoding, String delimiter, int totalRows,
                    List<String> columns, List<List<String>> preview, List<ColumnMapping> mapping,
                    List<ImportField> fields, List<ImportField> requiredFields) {
    }

    record MappingRequest(@NotNull List<ColumnMapping> mapping, MembershipType membershipType) {
    }


    private final CommandGateway commands;
    private final QueryGateway queries;
    private final FileStore files;

    ImportController(CommandGateway commands, QueryGateway queries, FileStore files) {
        this.commands = commands;
        this.queries = queries;
        this.files = files;
    }

    @PostMapping(path = "/api/sections/{sectionId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Envoyer un fichier de membres ou de sympathisants (INV-4)",
            description = "CSV séparé par ; , ou tabulation, UTF-8 (avec ou sans BOM) ou Windows-1252, avec une ligne "
                    + "d'en-tête. La réponse donne les colonnes, un aperçu et une association proposée ; rien n'est "
                    + "importé avant sa confirmation. Le fichier d'origine est gardé.")
    Uploaded uploadMembers(ManagedSection section, @RequestParam("file") MultipartFile file) {
        return upload(section, file, ImportKind.MEMBERS);
    }

    @PostMapping(path = "/api/sections/{sectionId}/contact-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Envoyer un fichier de contacts (CON-2)", description = "Le même parcours que INV-4.")
    Uploaded uploadContacts(ManagedSection section, @RequestParam("file") MultipartFile file) {
        return upload(section, file, ImportKind.CONTACTS);
    }

    @PutMapping("/api/sections/{sectionId}/imports/{importId}/mapping")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Confirmer l'association des colonnes et importer (INV-4, INV-6)",
            description = "L'import se fait en arrière-plan ; GET …/imports/{importId} en donne l'avancement.")
    ImportView confirm(ManagedSection section, @PathVariable String importId,
                       @Valid @RequestBody MappingRequest request) {
        ImportId id = new ImportId(importId);
        ImportView uploaded = awaitImport(section, id);
        // The import process takes it from there (ImportStartedEvent), on whichever instance holds its lease.
        commands.sendAndWait(new StartImportCommand(id, request.mapping(), request.membershipType()));
        return uploaded;
    }

    @PostMapping("/api/sections/{sectionId}/imports/{importId}/undo")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Annuler un import de membres (INV-7)",
            description = "Les personnes créées par l'import qui n'ont depuis été ni invitées, ni modifiées, ni activées "
                    + "sont supprimées ; les champs vides qu'il a remplis sont vidés là où personne ne les a changés. "
                    + "L'annulation se fait en arrière-plan ; GET …/imports/{importId} en donne l'avancement (undo) et "
                    + "les lignes qui n'ont pu être annulées, avec leur motif.")
    ImportView undo(ManagedSection section, @PathVariable String importId) {
        ImportId id = new ImportId(importId);
        find(section, id).orElseThrow(ImportController::notFound);
        // The undo process takes it from there (ImportUndoStartedEvent), on whichever instance holds its lease.
        commands.sendAndWait(new UndoImportCommand(id, section.id()));
        return ReadYourWrite.await(() -> find(section, id).orElse(null), view -> view.undo() != null);
    }

    @GetMapping("/api/sections/{sectionId}/imports/{importId}")
    @Operation(summary = "Avancement et compte rendu d'un import (INV-5, INV-6)",
            description = "Lignes traitées sur le total ; importées, fusionnées (même e-mail ou numéro d'adhérent) et "
                    + "rejetées, avec leur numéro de ligne et leur motif.")
    ImportView progress(ManagedSection section, @PathVariable String importId) {
        return find(section, new ImportId(importId)).orElseThrow(ImportController::notFound);
    }

    @GetMapping(path = "/api/sections/{sectionId}/imports/{importId}/rejected.csv", produces = "text/csv")
    @Operation(summary = "Les lignes rejetées, à corriger et réimporter (INV-5)")
    ResponseEntity<StreamingResponseBody> rejected(ManagedSection section, @PathVariable String importId) {
        RejectedRows rejected = queries.query(new RejectedRowsQuery(section.viewer(), section.id(), new ImportId(importId)),
                ResponseTypes.optionalInstanceOf(RejectedRows.class)).join().orElseThrow(ImportController::notFound);
        CsvFile file = CsvFile.of(original(rejected.fileSha256()), rejected.encoding(), rejected.delimiter());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lignes-rejetees-" + importId + ".csv").build().toString())
                .body(out -> RejectedRowsCsv.write(file, rejected.rows(), out));
    }

    @GetMapping("/api/sections/{sectionId}/imports/{importId}/original")
    @Operation(summary = "Le fichier d'origine, tel qu'il a été envoyé (INV-5)")
    ResponseEntity<Resource> original(ManagedSection section, @PathVariable String importId) {
        ImportView view = find(section, new ImportId(importId)).orElseThrow(ImportController::notFound);
        RejectedRows file = queries.query(new RejectedRowsQuery(section.viewer(), section.id(), new ImportId(importId)),
                ResponseTypes.optionalInstanceOf(RejectedRows.class)).join().orElseThrow(ImportController::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(view.fileName() == null ? "import.csv" : view.fileName()).build().toString())
                .body(new FileSystemResource(original(file.fileSha256())));
    }

    private Uploaded upload(ManagedSection section, MultipartFile upload, ImportKind kind) {
        if (upload == null || upload.isEmpty()) throw new InvalidValueException("file", "le fichier est vide");
        ImportId id = ImportId.random();
        String fileName = upload.getOriginalFilename() == null ? null
                : upload.getOriginalFilename().substring(0, Math.min(upload.getOriginalFilename().length(), 255));
        CsvFile csv;
        CsvFile.Shape shape;
        // A file that is not a readable table is refused before it is kept.
        try (InputStream content = upload.getInputStream();
             FileStore.Staged staged = files.stage(FileStore.Area.MEMBER_FILES, content)) {
            csv = CsvFile.inspect(staged.path());
            shape = csv.shape();
            StoredFile stored = staged.keep("text/csv");
            commands.sendAndWait(new UploadImportCommand(id, section.id(), section.federationId(), kind, stored,
                    fileName, csv.encoding(), csv.delimiter(), shape.columns(), shape.totalRows()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload", e);
        }
        return new Uploaded(id.value(), kind, fileName, csv.encoding(), csv.delimiter(), shape.totalRows(),
                shape.columns(), shape.preview(), MappingGuess.guess(shape.columns(), kind), kind.fields(),
                kind.fields().stream().filter(kind.required()::contains).toList());
    }

    private Optional<ImportView> find(ManagedSection section, ImportId id) {
        return queries.query(new FindImportQuery(section.viewer(), section.id(), id),
                ResponseTypes.optionalInstanceOf(ImportView.class)).join();
    }

    /** The upload's record is a few milliseconds behind its command: the confirmation waits for it, briefly. */
    private ImportView awaitImport(ManagedSection section, ImportId id) {
        return ReadYourWrite.await(() -> find(section, id).orElse(null), view -> true);
    }

    private Path original(String sha256) {
        return files.find(FileStore.Area.MEMBER_FILES, sha256)
                .orElseThrow(() -> new IllegalStateException("stored file " + sha256 + " is missing"));
    }

    private static NotFoundException notFound() {
        return new NotFoundException();
    }
}
