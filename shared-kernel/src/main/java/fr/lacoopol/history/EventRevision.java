package fr.lacoopol.history;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * AUD-4: the shape of an event class, stored with every event of that class. Raise it whenever the shape changes
 * (a component renamed, removed, or given another type) and add an upcaster that turns the previous shape into the new
 * one (see the README, "Changing an event"): history written by an older release then still replays. Events stored
 * before revisions existed have none, and are the shape that revision "1" names.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventRevision {

    String value();
}
