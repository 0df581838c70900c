package fr.lacoopol.imports;

import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.imports.command.RecordImportedRowsCommand;
import fr.lacoopol.imports.command.StartImportCommand;
import fr.lacoopol.imports.event.ImportFinishedEvent;
import fr.lacoopol.imports.event.ImportStartedEvent;
import fr.lacoopol.imports.event.ImportUploadedEvent;
import fr.lacoopol.imports.event.ImportedRowsRecordedEvent;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.StoredFile;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ImportAggregateTest {

    private static final ImportId IMPORT = new ImportId("i-1");
    private static final SectionId SECTION = new SectionId("s-1");
    private static final ImportUploadedEvent UPLOADED = new ImportUploadedEvent(IMPORT, SECTION, new FederationId("f-1"),
            ImportKind.MEMBERS, new StoredFile("a".repeat(64), "text/csv", 100), "adherents.csv", "UTF-8", ";",
            List.of("Prénom", "Nom", "E-mail"), 3);
    private static final List<ColumnMapping> MAPPING = List.of(new ColumnMapping(0, ImportField.FIRST_NAME),
            new ColumnMapping(1, ImportField.LAST_NAME), new ColumnMapping(2, ImportField.EMAIL));
    private static final ImportStartedEvent STARTED = new ImportStartedEvent(IMPORT, SECTION, ImportKind.MEMBERS, MAPPING,
            MembershipType.MEMBER);

    private static final List<RowOutcome> FIRST = List.of(RowOutcome.imported(2, "m-1"), RowOutcome.rejected(3, "prénom manquant"));
    private static final ImportedRowsRecordedEvent FIRST_RECORDED = new ImportedRowsRecordedEvent(IMPORT, SECTION, 0, 2, FIRST);

    @Test
    void aMappingWithoutEveryRequiredFieldIsRefused() {
        fixture().given(UPLOADED).when(new StartImportCommand(IMPORT, MAPPING.subList(0, 1), null))
                .expectException(InvalidValueException.class).expectNoEvents();
    }

    @Test
    void aMappingOfAColumnTheFileLacksIsRefused() {
        fixture().given(UPLOADED).when(new StartImportCommand(IMPORT, List.of(new ColumnMapping(0, ImportField.FIRST_NAME),
                        new ColumnMapping(3, ImportField.LAST_NAME)), null))
                .expectException(InvalidValueException.class).expectNoEvents();
    }

    @Test
    void aFieldMappedTwiceIsRefused() {
        fixture().given(UPLOADED).when(new StartImportCommand(IMPORT, List.of(new ColumnMapping(0, ImportField.FIRST_NAME),
                        new ColumnMapping(1, ImportField.FIRST_NAME)), null))
                .expectException(InvalidValueException.class).expectNoEvents();
    }

    @Test
    void aFieldOfAnotherKindOfImportIsRefused() {
        fixture().given(UPLOADED).when(new StartImportCommand(IMPORT, List.of(new ColumnMapping(0, ImportField.FIRST_NAME),
                        new ColumnMapping(1, ImportField.LAST_NAME), new ColumnMapping(2, ImportField.ORGANISATION)), null))
                .expectException(InvalidValueException.class).expectNoEvents();
    }

    @Test
    void aCompleteMappingStartsTheImport() {
        fixture().given(UPLOADED).when(new StartImportCommand(IMPORT, MAPPING, null)).expectEvents(STARTED);
    }

    @Test
    void anImportStartsOnce() {
        fixture().given(UPLOADED, STARTED).when(new StartImportCommand(IMPORT, MAPPING, null))
                .expectException(ConflictException.class).expectNoEvents();
    }

    @Test
    void aBatchIsRecorded() {
        fixture().given(UPLOADED, STARTED).when(new RecordImportedRowsCommand(IMPORT, 0, 2, FIRST))
                .expectEvents(FIRST_RECORDED);
    }

    @Test
    void aBatchReplayedAfterACrashIsRefusedNotCountedTwice() {
        fixture().given(UPLOADED, STARTED, FIRST_RECORDED).when(new RecordImportedRowsCommand(IMPORT, 0, 2, FIRST))
                .expectException(ConflictException.class).expectNoEvents();
    }

    @Test
    void theLastBatchFinishesTheImport() {
        List<RowOutcome> last = List.of(RowOutcome.merged(4, "m-1"));
        fixture().given(UPLOADED, STARTED, FIRST_RECORDED).when(new RecordImportedRowsCommand(IMPORT, 2, 3, last))
                .expectEvents(new ImportedRowsRecordedEvent(IMPORT, SECTION, 2, 3, last),
                        new ImportFinishedEvent(IMPORT, SECTION, 1, 1, 1));
    }

    private static AggregateTestFixture<ImportAggregate> fixture() {
        return new AggregateTestFixture<>(ImportAggregate.class);
    }
}
