package fr.lacoopol.demo;

import fr.lacoopol.access.MessageOrigin;
import org.axonframework.eventhandling.EventMessage;

/** The actor (AUD-1) of the demo data's commands. Its people have joined already: no invitation e-mail. */
public final class DemoActor {

    public static final String NAME = "demo-data";

    private DemoActor() {
    }

    /** Whether the demo data caused this event: its people are made up, there is nobody to write to. */
    public static boolean caused(EventMessage<?> event) {
        return NAME.equals(event.getMetaData().get(MessageOrigin.ACTOR));
    }
}
