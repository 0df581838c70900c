package fr.lacoopol.imports.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.jooq.Tables.IMPORT_ROW_OUTCOME;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_IMPORT;

import fr.lacoopol.imports.ColumnMapping;
import fr.lacoopol.imports.ImportKind;
import fr.lacoopol.imports.RowOutcome;
import fr.lacoopol.imports.query.FindImportQuery;
import fr.lacoopol.imports.query.ImportView;
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

/** An import's progress and report, for the section's managers (INV-4..6); the worker's list of imports to resume. */
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
                instant(row.getUploadedAt()), instant(row.getFinishedAt())));
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
