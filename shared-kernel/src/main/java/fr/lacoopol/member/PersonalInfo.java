package fr.lacoopol.member;

import java.time.LocalDate;

/** PRO-2. The birth date shows on the profile as day and month only ("Anniversaire"). */
public record PersonalInfo(Sex sex, LocalDate birthDate) {

    public static final PersonalInfo NONE = new PersonalInfo(null, null);

    public PersonalInfo {
        if (birthDate != null && (birthDate.getYear() < 1900 || birthDate.getYear() > 2100)) {
            throw new InvalidValueException("birthDate", "la date de naissance n'est pas plausible");
        }
    }

    /** This information, with each blank taken from {@code other} (an import never overwrites, INV-5). */
    public PersonalInfo withBlanksFrom(PersonalInfo other) {
        if (other == null) return this;
        return new PersonalInfo(sex != null ? sex : other.sex, birthDate != null ? birthDate : other.birthDate);
    }
}
