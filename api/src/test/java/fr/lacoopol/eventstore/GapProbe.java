package fr.lacoopol.eventstore;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** A tracking processor that only notes which probe events it was given (see SerializedAppendsTest). */
@Component
@ProcessingGroup("gap-probe")
class GapProbe {

    record ProbeEvent(String id) {
    }

    final Set<String> seen = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(ProbeEvent event) {
        seen.add(event.id());
    }
}
