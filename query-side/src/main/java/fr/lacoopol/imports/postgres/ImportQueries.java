package fr.lacoopol.imports.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.jooq.Tables.IMPORT_ROW_OUTCOME;
import static fr.lacoopol.readmodel.jooq.Tables.IMPORT_UNDO_OUTCOME;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_IMPORT;

import fr.lacoopol.imports.ColumnMapping;
import fr.lacoopol.imports.ImportKind;
import fr.lacoopol.imports.RowOutcome;
import fr.lacoopol.imports.UndoOutcome;
import fr.lacoopol.imports.query.FindImportQuery;
import fr.lacoopol.imports.query.ImportUndoView;
import fr.lacoopol.imports.query.ImportView;
import fr.lacoopol.imports.query.ImportsBeingUndone;
import fr.lacoopol.imports.query.ImportsBeingUndoneQuery;
import fr.lacoopol.imports.query.RejectedRows;
import fr.lacoopol.imports.query.RejectedRowsQuery;
import fr.lacoopol.imports.query.RunningImport;
import fr.lacoopol.imports.query.RunningImports;
import fr.lacoopol.imports.query.RunningImportsQuery;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.organisation.postgres.SectionManagers;
import fr.lacoopol.readmodel.ReadModelJson;
import fr.lacoopol.readmodel.jooq.tables.records.MemberImportRecord;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * An import's progress, report and undoing, for the section's managers (INV-4..7); the workers' lists of imports and
 * undoings to resume.
 */
@Component
class ImportQueries {

    static final int LISTED_ROWS = 1_000;

    private final DSLContext db;
    private final ReadModelJson json;
    private final SectionManagers managers;

    ImportQueries(DSLContext db, ReadModelJson json, SectionManagers managers) {
        this.db = db;
        this.json = json;
        this.managers = managers;
    }

    @QueryHandler
    Optional<ImportView> handle(FindImportQuery query) {
        if (!managers.manages(query.viewer(), query.sectionId())) return Optional.empty();
        MemberImportRecord row = find(query.sectionId().value(), query.importId().value());
        if (row == null) return Optional.empty();
        return Optional.of(new ImportView(row.getImportId(), ImportKind.valueOf(row.getKind()), row.getFileName(),
                row.getEncoding(), row.getDelimiter(), json.readList(row.getColumns(), String.class), row.getTotalRows(),
                row.getState(), json.readList(row.getMapping(), ColumnMapping.class), membershipType(row),
                row.getRowsDone(), row.getImported(), row.getMerged(), row.getRejected(),
                outcomes(row.getImportId(), RowOutcome.Kind.MERGED, LISTED_ROWS),
                outcomes(row.getImportId(), RowOutcome.Kind.REJECTED, LISTED_ROWS),
                instant(row.getUploadedAt()), instant(row.getFinishedAt()), undo(row)));
    }

    @QueryHandler
    Optional<RejectedRows> handle(RejectedRowsQuery query) {
        if (!managers.manages(query.viewer(), query.sectionId())) return Optional.empty();
        MemberImportRecord row = find(query.sectionId().value(), query.importId().value());
        if (row == null) return Optional.empty();
        return Optional.of(new RejectedRows(row.getFileSha256(), row.getEncoding(), row.getDelimiter(),
                outcomes(row.getImportId(), RowOutcome.Kind.REJECTED, Integer.MAX_VALUE)));
    }

    @QueryHandler
    RunningImports handle(RunningImportsQuery query) {
        return new RunningImports(db.selectFrom(MEMBER_IMPORT).where(MEMBER_IMPORT.STATE.eq("RUNNING"))
                .orderBy(MEMBER_IMPORT.UPLOADED_AT)
                .fetch(row -> new RunningImport(row.getImportId(), row.getSectionId(), ImportKind.valueOf(row.getKind()),
                        row.getFileSha256(), row.getEncoding(), row.getDelimiter(),
                        json.readList(row.getMapping(), ColumnMapping.class), membershipType(row), row.getRowsDone(),
                        row.getTotalRows())));
    }

    @QueryHandler
    ImportsBeingUndone handle(ImportsBeingUndoneQuery query) {
        return new ImportsBeingUndone(db.select(MEMBER_IMPORT.IMPORT_ID).from(MEMBER_IMPORT)
                .where(MEMBER_IMPORT.UNDO_STATE.eq("UNDOING"))
                .orderBy(MEMBER_IMPORT.UPLOADED_AT)
                .fetch(MEMBER_IMPORT.IMPORT_ID));
    }

    private ImportUndoView undo(MemberImportRecord row) {
        if (row.getUndoState() == null) return null;
        List<UndoOutcome> notFullyUndone = db.selectFrom(IMPORT_UNDO_OUTCOME)
                .where(IMPORT_UNDO_OUTCOME.IMPORT_ID.eq(row.getImportId()))
                .orderBy(IMPORT_UNDO_OUTCOME.LINE)
                .limit(LISTED_ROWS)
                .fetch(r -> new UndoOutcome(r.getLine(), UndoOutcome.Kind.valueOf(r.getKind()), r.getRecordId(),
                        json.readList(r.getFields(), String.class), r.getReason()));
        return new ImportUndoView(row.getUndoState(), row.getUndoRowsTotal(), row.getUndoRowsDone(), row.getRemoved(),
                row.getEmptied(), row.getKept(), notFullyUndone, instant(row.getUndoneAt()));
    }

    private MemberImportRecord find(String sectionId, String importId) {
        return db.selectFrom(MEMBER_IMPORT)
                .where(MEMBER_IMPORT.IMPORT_ID.eq(importId)).and(MEMBER_IMPORT.SECTION_ID.eq(sectionId))
                .fetchOne();
    }

    private List<RowOutcome> outcomes(String importId, RowOutcome.Kind kind, int limit) {
        return db.selectFrom(IMPORT_ROW_OUTCOME)
                .where(IMPORT_ROW_OUTCOME.IMPORT_ID.eq(importId)).and(IMPORT_ROW_OUTCOME.KIND.eq(kind.name()))
                .orderBy(IMPORT_ROW_OUTCOME.LINE)
                .limit(limit)
                .fetch(r -> new RowOutcome(r.getLine(), kind, r.getRecordId(), r.getReason()));
    }

    private static MembershipType membershipType(MemberImportRecord row) {
        return row.getMembershipType() == null ? null : MembershipType.valueOf(row.getMembershipType());
    }
}
