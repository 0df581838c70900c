package fr.lacoopol.eventstore;

import fr.lacoopol.history.EventRevision;
import org.axonframework.serialization.RevisionResolver;

/**
 * AUD-4: the revision stored with an event is its class's {@link EventRevision}. Classes without one (snapshots of
 * aggregates, messages that are not events) are stored without a revision.
 */
class EventRevisions implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventRevision revision = payloadType.getAnnotation(EventRevision.class);
        return revision == null ? null : revision.value();
    }
}
