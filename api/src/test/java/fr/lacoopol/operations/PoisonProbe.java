package fr.lacoopol.operations;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** A projection that cannot handle a poison event: its processor has a dead-letter queue (ApiTestSupport). */
@Component
@ProcessingGroup(PoisonProbe.PROCESSOR)
class PoisonProbe {

    static final String PROCESSOR = "poison-probe";

    record ProbeEvent(String label, boolean poison) {
    }

    final Set<String> handled = ConcurrentHashMap.newKeySet();
    /** Set by a test to stand for the fix of a bug: the poison is then handled like any event. */
    volatile boolean cured;

    @EventHandler
    void on(ProbeEvent event) {
        if (event.poison() && !cured) throw new IllegalStateException("a poison event");
        handled.add(event.label());
    }
}
