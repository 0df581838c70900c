package fr.lacoopol.imports;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.imports.command.RecordImportedRowsCommand;
import fr.lacoopol.imports.command.RecordUndoneRowsCommand;
import fr.lacoopol.imports.command.StartImportCommand;
import fr.lacoopol.imports.command.UndoImportCommand;
import fr.lacoopol.imports.command.UploadImportCommand;
import fr.lacoopol.imports.event.ImportUndoRowsRecordedEvent;
import fr.lacoopol.imports.event.ImportUndoStartedEvent;
import fr.lacoopol.imports.event.ImportUndoneEvent;
import fr.lacoopol.imports.event.ImportFinishedEvent;
import fr.lacoopol.imports.event.ImportStartedEvent;
import fr.lacoopol.imports.event.ImportUploadedEvent;
import fr.lacoopol.imports.event.ImportedRowsRecordedEvent;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.MembershipType;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One file imported into a section (INV-4 to INV-6, CON-2): uploaded, mapped, then worked through in
 * batches of rows. It accounts for every row exactly once: a batch must start where the previous one ended,
 * so a batch replayed after a crash is refused instead of counted twice. Undoing a finished import of members
 * (INV-7) goes through the rows it imported or merged the same way, in batches that must follow each other.
 */
@Aggregate(snapshotTriggerDefinition = "importSnapshots", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ImportAggregate {

    @AggregateIdentifier
    private ImportId importId;
    private SectionId sectionId;
    private ImportKind kind;
    private int columnCount;
    private int totalRows;
    private boolean started;
    private int rowsDone;
    private int imported;
    private int merged;
    private int rejected;
    private boolean finished;
    private boolean undoStarted;
    private int rowsToUndo;
    private int rowsUndone;
    private int removed;
    private int emptied;
    private int kept;

    ImportAggregate() {
        // for Axon
    }

    @CommandHandler
    ImportAggregate(UploadImportCommand command) {
        Objects.requireNonNull(command.kind(), "kind");
        Objects.requireNonNull(command.file(), "file");
        if (command.columns() == null || command.columns().isEmpty()) {
            throw new InvalidValueException("file", "le fichier n'a pas de ligne d'en-tête");
        }
        if (command.totalRows() <= 0) throw new InvalidValueException("file", "le fichier ne contient aucune ligne");
        apply(new ImportUploadedEvent(command.importId(), command.sectionId(), command.federationId(), command.kind(),
                command.file(), command.fileName(), command.encoding(), command.delimiter(),
                List.copyOf(command.columns()), command.totalRows()));
    }

    @CommandHandler
    void handle(StartImportCommand command) {
        if (started) throw new ConflictException("import_started", "cet import est déjà lancé");
        List<ColumnMapping> mapping = command.mapping() == null ? List.of() : command.mapping();
        Set<Integer> columns = new HashSet<>();
        Set<ImportField> fields = EnumSet.noneOf(ImportField.class);
        for (ColumnMapping column : mapping) {
            if (column.column() >= columnCount) {
                throw new InvalidValueException("mapping", "le fichier n'a pas de colonne " + (column.column() + 1));
            }
            if (!kind.fields().contains(column.field())) {
                throw new InvalidValueException("mapping", column.field() + " n'est pas un champ de cet import");
            }
            if (!columns.add(column.column())) {
                throw new InvalidValueException("mapping", "la colonne " + (column.column() + 1) + " est associée deux fois");
            }
            if (!fields.add(column.field())) {
                throw new InvalidValueException("mapping", column.field() + " est associé à deux colonnes");
            }
        }
        Set<ImportField> missing = EnumSet.copyOf(kind.required());
        missing.removeAll(fields);
        if (!missing.isEmpty()) {
            throw new InvalidValueException("mapping", "il faut associer une colonne à : " + missing);
        }
        MembershipType membershipType = kind == ImportKind.MEMBERS
                ? Objects.requireNonNullElse(command.membershipType(), MembershipType.MEMBER) : null;
        apply(new ImportStartedEvent(importId, sectionId, kind, List.copyOf(mapping), membershipType));
    }

    @CommandHandler
    void handle(RecordImportedRowsCommand command) {
        if (!started) throw new ConflictException("import_not_started", "cet import n'est pas lancé");
        if (command.fromRow() != rowsDone) {
            throw new ConflictException("rows_out_of_order",
                    "cet import en est à la ligne " + rowsDone + ", pas " + command.fromRow());
        }
        if (command.toRow() <= command.fromRow() || command.toRow() > totalRows
                || command.outcomes().size() != command.toRow() - command.fromRow()) {
            throw new IllegalArgumentException("rows " + command.fromRow() + ".." + command.toRow() + " of " + totalRows
                    + " with " + command.outcomes().size() + " outcomes");
        }
        apply(new ImportedRowsRecordedEvent(importId, sectionId, command.fromRow(), command.toRow(),
                List.copyOf(command.outcomes())));
        if (rowsDone == totalRows) apply(new ImportFinishedEvent(importId, sectionId, imported, merged, rejected));
    }

    @CommandHandler
    void handle(UndoImportCommand command) {
        if (!sectionId.equals(command.sectionId())) throw new NotFoundException();
        if (kind != ImportKind.MEMBERS) {
            throw new RuleViolationException("undo_not_supported", "seul un import de membres peut être annulé");
        }
        if (!finished) throw new ConflictException("import_not_finished", "cet import n'est pas terminé");
        if (undoStarted) throw new ConflictException("import_undone", "cet import est déjà annulé");
        apply(new ImportUndoStartedEvent(importId, sectionId, imported + merged));
        if (rowsToUndo == 0) apply(new ImportUndoneEvent(importId, sectionId, 0, 0, 0));
    }

    @CommandHandler
    void handle(RecordUndoneRowsCommand command) {
        if (!undoStarted) throw new ConflictException("import_undo_not_started", "l'annulation de cet import n'est pas lancée");
        if (command.from() != rowsUndone) {
            throw new ConflictException("rows_out_of_order",
                    "l'annulation en est à la ligne " + rowsUndone + ", pas " + command.from());
        }
        if (command.to() <= command.from() || command.to() > rowsToUndo
                || command.outcomes().size() != command.to() - command.from()) {
            throw new IllegalArgumentException("undone rows " + command.from() + ".." + command.to() + " of " + rowsToUndo
                    + " with " + command.outcomes().size() + " outcomes");
        }
        apply(new ImportUndoRowsRecordedEvent(importId, sectionId, command.from(), command.to(),
                List.copyOf(command.outcomes())));
        if (rowsUndone == rowsToUndo) apply(new ImportUndoneEvent(importId, sectionId, removed, emptied, kept));
    }

    @EventSourcingHandler
    void on(ImportUploadedEvent event) {
        importId = event.importId();
        sectionId = event.sectionId();
        kind = event.kind();
        columnCount = event.columns().size();
        totalRows = event.totalRows();
    }

    @EventSourcingHandler
    void on(ImportStartedEvent event) {
        started = true;
    }

    @EventSourcingHandler
    void on(ImportedRowsRecordedEvent event) {
        rowsDone = event.toRow();
        for (RowOutcome outcome : event.outcomes()) {
            switch (outcome.kind()) {
                case IMPORTED -> imported++;
                case MERGED -> merged++;
                case REJECTED -> rejected++;
            }
        }
    }

    @EventSourcingHandler
    void on(ImportFinishedEvent event) {
        finished = true;
    }

    @EventSourcingHandler
    void on(ImportUndoStartedEvent event) {
        undoStarted = true;
        rowsToUndo = event.rowsToUndo();
    }

    @EventSourcingHandler
    void on(ImportUndoRowsRecordedEvent event) {
        rowsUndone = event.to();
        for (UndoOutcome outcome : event.outcomes()) {
            switch (outcome.kind()) {
                case REMOVED -> removed++;
                case EMPTIED -> emptied++;
                case KEPT -> kept++;
                default -> {
                    // UNCHANGED: the row had changed nothing to undo
                }
            }
        }
    }
}
