package fr.lacoopol.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.lacoopol.member.event.PoliticalActivitiesChangedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * AUD-4: {@link PoliticalActivitiesChangedEvent} revision 1 (stored before revisions existed, hence without one)
 * called its activities {@code activities}; revision 2 calls them {@code politicalActivities}. The component's value
 * is moved as stored — ciphertext included: a member's key encrypts a value, not a name.
 */
@Component
@Order(1)
public class PoliticalActivitiesUpcaster extends SingleEventUpcaster {

    private static final String TYPE = PoliticalActivitiesChangedEvent.class.getName();
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName())
                && (event.getType().getRevision() == null || "1".equals(event.getType().getRevision()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode shape = (ObjectNode) payload;
            JsonNode activities = shape.remove("activities");
            if (activities != null) shape.set("politicalActivities", activities);
            return shape;
        });
    }
}
