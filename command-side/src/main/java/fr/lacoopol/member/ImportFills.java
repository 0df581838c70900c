package fr.lacoopol.member;

import fr.lacoopol.ids.ImportId;
import fr.lacoopol.imports.ImportField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * INV-7: what each import wrote into a person's record — the blanks it filled (INV-5) that still hold its value,
 * those changed since, and how many times it merged — so that undoing it empties exactly what nobody touched.
 */
final class ImportFills {

    private final Map<ImportId, Set<ImportField>> unchanged = new HashMap<>();
    private final Map<ImportId, Set<ImportField>> changedSince = new HashMap<>();
    private final Map<ImportId, Integer> merges = new HashMap<>();

    /** The fields of the record an import may fill, as one value to compare before and after an event. */
    record Values(EmailAddress email, Coordinates coordinates, PersonalInfo personalInfo, String membershipNumber,
                  LocalDate membershipDate) {

        Set<ImportField> differingFrom(Values other) {
            Set<ImportField> fields = EnumSet.noneOf(ImportField.class);
            if (!Objects.equals(email, other.email)) fields.add(ImportField.EMAIL);
            differs(fields, ImportField.PHONE, coordinates.phone(), other.coordinates.phone());
            differs(fields, ImportField.MOBILE, coordinates.mobile(), other.coordinates.mobile());
            differs(fields, ImportField.ADDRESS, coordinates.address(), other.coordinates.address());
            differs(fields, ImportField.POSTAL_CODE, coordinates.postalCode(), other.coordinates.postalCode());
            differs(fields, ImportField.CITY, coordinates.city(), other.coordinates.city());
            differs(fields, ImportField.COUNTRY, coordinates.country(), other.coordinates.country());
            differs(fields, ImportField.SEX, personalInfo.sex(), other.personalInfo.sex());
            differs(fields, ImportField.BIRTH_DATE, personalInfo.birthDate(), other.personalInfo.birthDate());
            differs(fields, ImportField.MEMBERSHIP_NUMBER, membershipNumber, other.membershipNumber);
            differs(fields, ImportField.MEMBERSHIP_DATE, membershipDate, other.membershipDate);
            return fields;
        }

        /** These values with the given fields blank again (the e-mail aside: the caller decides about a login). */
        Values without(Set<ImportField> fields) {
            Coordinates c = coordinates;
            Coordinates emptied = new Coordinates(blankIf(fields, ImportField.PHONE, c.phone()),
                    blankIf(fields, ImportField.MOBILE, c.mobile()), blankIf(fields, ImportField.ADDRESS, c.address()),
                    c.addressComplement(), blankIf(fields, ImportField.POSTAL_CODE, c.postalCode()),
                    blankIf(fields, ImportField.CITY, c.city()), blankIf(fields, ImportField.COUNTRY, c.country()));
            PersonalInfo info = new PersonalInfo(blankIf(fields, ImportField.SEX, personalInfo.sex()),
                    blankIf(fields, ImportField.BIRTH_DATE, personalInfo.birthDate()));
            return new Values(blankIf(fields, ImportField.EMAIL, email), emptied, info,
                    blankIf(fields, ImportField.MEMBERSHIP_NUMBER, membershipNumber),
                    blankIf(fields, ImportField.MEMBERSHIP_DATE, membershipDate));
        }

        private static void differs(Set<ImportField> fields, ImportField field, Object mine, Object theirs) {
            if (!Objects.equals(mine, theirs)) fields.add(field);
        }

        private static <T> T blankIf(Set<ImportField> fields, ImportField field, T value) {
            return fields.contains(field) ? null : value;
        }
    }

    void merged(ImportId importId, Values before, Values after) {
        merges.merge(importId, 1, Integer::sum);
        unchanged.computeIfAbsent(importId, id -> EnumSet.noneOf(ImportField.class)).addAll(after.differingFrom(before));
    }

    /** Someone changed the record: the fields that moved no longer hold what any import wrote. */
    void changed(Values before, Values after) {
        Set<ImportField> moved = after.differingFrom(before);
        if (moved.isEmpty()) return;
        unchanged.forEach((importId, fields) -> {
            for (ImportField field : moved) {
                if (fields.remove(field)) {
                    changedSince.computeIfAbsent(importId, id -> EnumSet.noneOf(ImportField.class)).add(field);
                }
            }
        });
    }

    void withdrawn(ImportId importId, Set<ImportField> fields) {
        Set<ImportField> still = unchanged.get(importId);
        if (still != null) still.removeAll(fields);
    }

    void clear() {
        unchanged.clear();
        changedSince.clear();
        merges.clear();
    }

    /** How many times this import merged rows into the record. */
    int mergesBy(ImportId importId) {
        return merges.getOrDefault(importId, 0);
    }

    /** The fields this import filled that still hold its value. */
    Set<ImportField> unchangedFrom(ImportId importId) {
        Set<ImportField> fields = unchanged.get(importId);
        return fields == null ? EnumSet.noneOf(ImportField.class) : EnumSet.copyOf(fields);
    }

    /** The fields this import filled that someone has changed since. */
    Set<ImportField> changedSince(ImportId importId) {
        Set<ImportField> fields = changedSince.get(importId);
        return fields == null ? EnumSet.noneOf(ImportField.class) : EnumSet.copyOf(fields);
    }
}
