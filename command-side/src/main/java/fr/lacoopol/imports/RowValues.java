package fr.lacoopol.imports;

import fr.lacoopol.imports.file.SpreadsheetCells;

import fr.lacoopol.contact.ContactDetails;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.Sex;
import fr.lacoopol.member.Folding;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of one row, read through the secretary's mapping into coopol values. A value that cannot be
 * read is a rejection with its reason (INV-5): missing name, unreadable date, invalid e-mail… never a guess.
 */
final class RowValues {

    /** Day first, as in France (31/12/1980, 31-12-1980, 31.12.1980), or ISO (1980-12-31). */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");

    private final Map<ImportField, String> values = new EnumMap<>(ImportField.class);

    RowValues(List<ColumnMapping> mapping, List<String> cells) {
        for (ColumnMapping column : mapping) {
            String cell = column.column() < cells.size() ? SpreadsheetCells.restore(cells.get(column.column())) : null;
            if (cell != null && !cell.isBlank()) values.put(column.field(), cell.strip());
        }
    }

    /** A person to invite, or a rejection. */
    record Person(PersonName name, EmailAddress email, Coordinates coordinates, PersonalInfo personalInfo,
                  String membershipNumber, LocalDate membershipDate) {
    }

    Person person() {
        return new Person(name(), email(false),
                new Coordinates(values.get(ImportField.PHONE), values.get(ImportField.MOBILE),
                        values.get(ImportField.ADDRESS), null, postalCode(), values.get(ImportField.CITY),
                        values.get(ImportField.COUNTRY)),
                new PersonalInfo(sex(), date(ImportField.BIRTH_DATE, "la date de naissance")),
                text(ImportField.MEMBERSHIP_NUMBER, "le numéro d'adhérent", 64),
                date(ImportField.MEMBERSHIP_DATE, "la date d'adhésion"));
    }

    ContactDetails contact() {
        return new ContactDetails(name(), text(ImportField.ORGANISATION, "l'organisation", 200), email(true));
    }

    /** Everything the row says, in a stable form: two rows saying the same are the same person. */
    String fingerprint() {
        StringBuilder text = new StringBuilder();
        values.forEach((field, value) -> text.append(field).append('=').append(Folding.fold(value)).append('\n'));
        return text.toString();
    }

    private PersonName name() {
        String first = values.get(ImportField.FIRST_NAME);
        String last = values.get(ImportField.LAST_NAME);
        if (first == null && last == null) throw rejected("prénom et nom manquants");
        if (first == null) throw rejected("prénom manquant");
        if (last == null) throw rejected("nom manquant");
        return new PersonName(first, last);
    }

    private EmailAddress email(boolean required) {
        String email = values.get(ImportField.EMAIL);
        if (email == null) {
            if (required) throw rejected("adresse e-mail manquante");
            return null;
        }
        try {
            return new EmailAddress(email);
        } catch (InvalidValueException e) {
            throw rejected("adresse e-mail invalide");
        }
    }

    /** Excel drops the leading zero of 01000 (Ain): a four-digit code gets it back. */
    private String postalCode() {
        String code = values.get(ImportField.POSTAL_CODE);
        if (code != null && code.matches("\\d{4}")) return "0" + code;
        return code;
    }

    private Sex sex() {
        String sex = values.get(ImportField.SEX);
        if (sex == null) return null;
        return switch (Folding.fold(sex).replace(".", "")) {
            case "f", "femme", "mme", "madame", "mlle", "mademoiselle", "female" -> Sex.FEMALE;
            case "m", "h", "homme", "monsieur", "mr", "male" -> Sex.MALE;
            case "autre", "x", "other", "nb", "non binaire" -> Sex.OTHER;
            default -> throw rejected("sexe illisible");
        };
    }

    private LocalDate date(ImportField field, String what) {
        String value = values.get(field);
        if (value == null) return null;
        String date = value.contains(" ") ? value.substring(0, value.indexOf(' ')) : value; // "12/03/1980 00:00"
        Matcher dayFirst = DAY_FIRST.matcher(date);
        Matcher yearFirst = YEAR_FIRST.matcher(date);
        try {
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            if (yearFirst.matches()) {
                return LocalDate.of(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)),
                        Integer.parseInt(yearFirst.group(3)));
            }
        } catch (DateTimeException e) {
            throw rejected(what + " n'existe pas");
        }
        throw rejected(what + " est illisible (attendu JJ/MM/AAAA)");
    }

    private String text(ImportField field, String what, int max) {
        String value = values.get(field);
        if (value != null && value.length() > max) throw rejected(what + " dépasse " + max + " caractères");
        return value;
    }

    static InvalidValueException rejected(String reason) {
        return new InvalidValueException("row", reason);
    }
}
