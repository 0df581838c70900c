package fr.lacoopol.web;

import fr.lacoopol.member.InvalidValueException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A query parameter's lower-case word (tab=invitations, scope=section) as an enum's value, or a field error. */
public final class Options {

    private Options() {
    }

    public static <E extends Enum<E>> E of(String name, Class<E> type, String value) {
        for (E option : type.getEnumConstants()) {
            if (option.name().equalsIgnoreCase(value)) return option;
        }
        throw new InvalidValueException(name, name + " vaut " + Stream.of(type.getEnumConstants())
                .map(option -> option.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
