package fr.lacoopol.agenda;

import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Text;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape rules of an event's description (EVT-2, EVT-3, EVT-13, EVT-14), each broken rule named by its field.
 * Dates are Paris wall-clock times: one the spring change skips (02:30 on the last Sunday of March) does not exist and
 * is refused; one the autumn change repeats is its first occurrence (summer time).
 */
final class EventRules {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 10_000;
    static final int MESSAGE_MAX = 5_000;
    static final int COUNT_MAX = 100_000;
    static final int REMINDER_HOURS_MAX = 24 * 30;
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    /** A description, checked and tidied, with its instants. */
    record Checked(EventDescription description, Instant startsAt, Instant endsAt) {
    }

    private EventRules() {
    }

    static Checked check(EventDescription description) {
        if (description == null) throw new InvalidValueException("type", "la description de l'événement manque");
        if (description.type() == null) throw new InvalidValueException("type", "type est obligatoire");
        String title = Text.required("title", description.title(), TITLE_MAX);
        if (description.startsAt() == null) throw new InvalidValueException("startsAt", "startsAt est obligatoire");
        Instant startsAt = instant("startsAt", description.startsAt());
        Instant endsAt = description.endsAt() == null ? null : instant("endsAt", description.endsAt());
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new InvalidValueException("endsAt", "la fin doit venir après le début");
        }
        EventPlace place = place(description.place());
        String text = Text.optionalParagraphs("description", description.description(), DESCRIPTION_MAX);
        Integer places = description.places();
        if (places != null && (places < 1 || places > COUNT_MAX)) {
            throw new InvalidValueException("places", "le nombre de places va de 1 à " + COUNT_MAX + " (vide : sans limite)");
        }
        return new Checked(new EventDescription(description.type(), title, description.startsAt().withNano(0),
                description.endsAt() == null ? null : description.endsAt().withNano(0), place, text,
                description.publicEvent(), description.inSectionSpace(), places, description.groupIds()), startsAt, endsAt);
    }

    static String invitationMessage(String message) {
        return Text.optionalParagraphs("invitationMessage", message, MESSAGE_MAX);
    }

    static int attendanceTarget(int target) {
        if (target < 0 || target > COUNT_MAX) {
            throw new InvalidValueException("attendanceTarget", "l'objectif va de 0 (aucun) à " + COUNT_MAX);
        }
        return target;
    }

    static int reminderHours(int hours) {
        if (hours < 0 || hours > REMINDER_HOURS_MAX) {
            throw new InvalidValueException("reminderHoursBefore",
                    "le rappel automatique part de 1 à " + REMINDER_HOURS_MAX + " heures avant (0 : aucun)");
        }
        return hours;
    }

    private static Instant instant(String field, LocalDateTime local) {
        List<ZoneOffset> offsets = PARIS.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new InvalidValueException(field, "cette heure n'existe pas à Paris (passage à l'heure d'été)");
        }
        return local.withNano(0).toInstant(offsets.get(0));
    }

    private static EventPlace place(EventPlace place) {
        if (place == null) throw new InvalidValueException("place.street", "l'adresse est obligatoire");
        String street = Text.required("place.street", place.street(), 200);
        String complement = Text.optional("place.complement", place.complement(), 200);
        String postalCode = Text.optional("place.postalCode", place.postalCode(), 5);
        if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
            throw new InvalidValueException("place.postalCode", "le code postal a cinq chiffres");
        }
        String city = Text.optional("place.city", place.city(), 100);
        return new EventPlace(street, complement, postalCode, city);
    }
}
