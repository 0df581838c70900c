package fr.lacoopol.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event whose value is personal data of the event's {@link DataSubject}. The event
 * serializer encrypts it with that member's key before it reaches the event store; once the key is deleted
 * (GDPR-2) the component reads as {@code null} — erased — on every later read and replay.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface PersonalData {
}
