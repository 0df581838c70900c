package fr.lacoopol.imports.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.IMPORT_ROW_OUTCOME;
import static fr.lacoopol.readmodel.jooq.Tables.IMPORT_UNDO_OUTCOME;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_IMPORT;

import fr.lacoopol.imports.RowOutcome;
import fr.lacoopol.imports.UndoOutcome;
import fr.lacoopol.imports.event.ImportFinishedEvent;
import fr.lacoopol.imports.event.ImportStartedEvent;
import fr.lacoopol.imports.event.ImportUndoRowsRecordedEvent;
import fr.lacoopol.imports.event.ImportUndoStartedEvent;
import fr.lacoopol.imports.event.ImportUndoneEvent;
import fr.lacoopol.imports.event.ImportUploadedEvent;
import fr.lacoopol.imports.event.ImportedRowsRecordedEvent;
import fr.lacoopol.readmodel.ReadModelJson;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Imports, their progress and their report (INV-4..6), and their undoing (INV-7). A batch of rows is counted only
 * if the import (or its undoing) is exactly where the batch starts, so a batch applied twice is counted once.
 */
@Component
@ProcessingGroup("imports")
class ImportProjection {

    private final DSLContext db;
    private final ReadModelJson json;

    ImportProjection(DSLContext db, ReadModelJson json) {
        this.db = db;
        this.json = json;
    }

    @EventHandler
    void on(ImportUploadedEvent event, @Timestamp Instant at) {
        db.insertInto(MEMBER_IMPORT)
                .set(MEMBER_IMPORT.IMPORT_ID, event.importId().value())
                .set(MEMBER_IMPORT.SECTION_ID, event.sectionId().value())
                .set(MEMBER_IMPORT.KIND, event.kind().name())
                .set(MEMBER_IMPORT.FILE_SHA256, event.file().sha256())
                .set(MEMBER_IMPORT.FILE_NAME, event.fileName())
                .set(MEMBER_IMPORT.ENCODING, event.encoding())
                .set(MEMBER_IMPORT.DELIMITER, event.delimiter())
                .set(MEMBER_IMPORT.COLUMNS, json.write(event.columns()))
                .set(MEMBER_IMPORT.TOTAL_ROWS, event.totalRows())
                .set(MEMBER_IMPORT.STATE, "UPLOADED")
                .set(MEMBER_IMPORT.UPLOADED_AT, utc(at))
                .onConflictDoNothing()
                .execute();
    }

    @EventHandler
    void on(ImportStartedEvent event) {
        db.update(MEMBER_IMPORT)
                .set(MEMBER_IMPORT.STATE, "RUNNING")
                .set(MEMBER_IMPORT.MAPPING, json.write(event.mapping()))
                .set(MEMBER_IMPORT.MEMBERSHIP_TYPE, event.membershipType() == null ? null : event.membershipType().name())
                .where(MEMBER_IMPORT.IMPORT_ID.eq(event.importId().value()))
                .and(MEMBER_IMPORT.STATE.eq("UPLOADED"))
                .execute();
    }

    @EventHandler
    void on(ImportedRowsRecordedEvent event) {
        int imported = 0;
        int merged = 0;
        int rejected = 0;
        for (RowOutcome outcome : event.outcomes()) {
            switch (outcome.kind()) {
                case IMPORTED -> imported++;
                case MERGED -> merged++;
                case REJECTED -> rejected++;
            }
        }
        int updated = db.update(MEMBER_IMPORT)
                .set(MEMBER_IMPORT.ROWS_DONE, event.toRow())
                .set(MEMBER_IMPORT.IMPORTED, MEMBER_IMPORT.IMPORTED.plus(imported))
                .set(MEMBER_IMPORT.MERGED, MEMBER_IMPORT.MERGED.plus(merged))
                .set(MEMBER_IMPORT.REJECTED, MEMBER_IMPORT.REJECTED.plus(rejected))
                .where(MEMBER_IMPORT.IMPORT_ID.eq(event.importId().value()))
                .and(MEMBER_IMPORT.ROWS_DONE.eq(event.fromRow()))
                .execute();
        if (updated == 0) return; // applied before
        var insert = db.insertInto(IMPORT_ROW_OUTCOME, IMPORT_ROW_OUTCOME.IMPORT_ID, IMPORT_ROW_OUTCOME.LINE,
                IMPORT_ROW_OUTCOME.KIND, IMPORT_ROW_OUTCOME.RECORD_ID, IMPORT_ROW_OUTCOME.REASON);
        boolean any = false;
        for (RowOutcome outcome : event.outcomes()) {
            if (outcome.kind() == RowOutcome.Kind.IMPORTED) continue;
            insert = insert.values(event.importId().value(), outcome.line(), outcome.kind().name(), outcome.recordId(),
                    outcome.reason());
            any = true;
        }
        if (any) insert.onConflictDoNothing().execute();
    }

    @EventHandler
    void on(ImportFinishedEvent event, @Timestamp Instant at) {
        db.update(MEMBER_IMPORT)
                .set(MEMBER_IMPORT.STATE, "FINISHED")
                .set(MEMBER_IMPORT.FINISHED_AT, utc(at))
                .where(MEMBER_IMPORT.IMPORT_ID.eq(event.importId().value()))
                .execute();
    }

    @EventHandler
    void on(ImportUndoStartedEvent event) {
        db.update(MEMBER_IMPORT)
                .set(MEMBER_IMPORT.UNDO_STATE, "UNDOING")
                .set(MEMBER_IMPORT.UNDO_ROWS_TOTAL, event.rowsToUndo())
                .where(MEMBER_IMPORT.IMPORT_ID.eq(event.importId().value()))
                .and(MEMBER_IMPORT.UNDO_STATE.isNull())
                .execute();
    }

    @EventHandler
    void on(ImportUndoRowsRecordedEvent event) {
        int removed = 0;
        int emptied = 0;
        int kept = 0;
        for (UndoOutcome outcome : event.outcomes()) {
            switch (outcome.kind()) {
                case REMOVED -> removed++;
                case EMPTIED -> emptied++;
                case KEPT -> kept++;
                default -> {
                    // UNCHANGED: only counted among the rows done
                }
            }
        }
        int updated = db.update(MEMBER_IMPORT)
                .set(MEMBER_IMPORT.UNDO_ROWS_DONE, event.to())
                .set(MEMBER_IMPORT.REMOVED, MEMBER_IMPORT.REMOVED.plus(removed))
                .set(MEMBER_IMPORT.EMPTIED, MEMBER_IMPORT.EMPTIED.plus(emptied))
                .set(MEMBER_IMPORT.KEPT, MEMBER_IMPORT.KEPT.plus(kept))
                .where(MEMBER_IMPORT.IMPORT_ID.eq(event.importId().value()))
                .and(MEMBER_IMPORT.UNDO_ROWS_DONE.eq(event.from()))
                .execute();
        if (updated == 0) return; // applied before
        var insert = db.insertInto(IMPORT_UNDO_OUTCOME, IMPORT_UNDO_OUTCOME.IMPORT_ID, IMPORT_UNDO_OUTCOME.LINE,
                IMPORT_UNDO_OUTCOME.KIND, IMPORT_UNDO_OUTCOME.RECORD_ID, IMPORT_UNDO_OUTCOME.FIELDS,
                IMPORT_UNDO_OUTCOME.REASON);
        boolean any = false;
        for (UndoOutcome outcome : event.outcomes()) {
            boolean notFullyUndone = outcome.kind() == UndoOutcome.Kind.KEPT
                    || outcome.kind() == UndoOutcome.Kind.EMPTIED && outcome.reason() != null;
            if (!notFullyUndone) continue;
            insert = insert.values(event.importId().value(), outcome.line(), outcome.kind().name(), outcome.recordId(),
                    json.write(outcome.fields()), outcome.reason());
            any = true;
        }
        if (any) insert.onConflictDoNothing().execute();
    }

    @EventHandler
    void on(ImportUndoneEvent event, @Timestamp Instant at) {
        db.update(MEMBER_IMPORT)
                .set(MEMBER_IMPORT.UNDO_STATE, "UNDONE")
                .set(MEMBER_IMPORT.UNDONE_AT, utc(at))
                .where(MEMBER_IMPORT.IMPORT_ID.eq(event.importId().value()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(IMPORT_UNDO_OUTCOME).execute();
        db.truncate(IMPORT_ROW_OUTCOME).execute();
        db.truncate(MEMBER_IMPORT).execute();
    }
}
