package fr.lacoopol.operations;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** A handler of the mail processor that cannot handle one kind of probe event, until a test "fixes" it. */
@Component
@ProcessingGroup("mail-notifications")
class MailPoisonProbe {

    static final String POISON = "mail-poison ";

    final Set<String> handled = ConcurrentHashMap.newKeySet();
    volatile boolean cured;

    @EventHandler
    void on(PoisonProbe.ProbeEvent event) {
        if (!event.label().startsWith(POISON)) return;
        if (!cured) throw new IllegalStateException("a poison event for the mail processor");
        handled.add(event.label());
    }
}
