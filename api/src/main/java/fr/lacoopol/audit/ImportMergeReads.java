package fr.lacoopol.audit;

import fr.lacoopol.access.MessageOrigin;
import fr.lacoopol.member.event.ImportedDataMergedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * AUD-5: an import that filled blanks of a member's record read that record to match it; the secretary who ran
 * the import is its reader. Recorded from the event (the import runs in the background, after its request).
 */
@Component
@ProcessingGroup("data-access")
class ImportMergeReads {

    private final DataAccessLog log;

    ImportMergeReads(DataAccessLog log) {
        this.log = log;
    }

    @EventHandler
    void on(ImportedDataMergedEvent event, EventMessage<?> message,
            @MetaDataValue(MessageOrigin.ACTOR) String actor) {
        log.recordFromEvent(message.getIdentifier(), message.getTimestamp(), actor == null ? "import" : actor, DataAccess.IMPORT_MERGE,
                "imports/" + event.importId().value(), event.memberId().value());
    }
}
