package fr.lacoopol.imports;

import static fr.lacoopol.imports.ImportField.ADDRESS;
import static fr.lacoopol.imports.ImportField.BIRTH_DATE;
import static fr.lacoopol.imports.ImportField.CITY;
import static fr.lacoopol.imports.ImportField.COUNTRY;
import static fr.lacoopol.imports.ImportField.EMAIL;
import static fr.lacoopol.imports.ImportField.FIRST_NAME;
import static fr.lacoopol.imports.ImportField.LAST_NAME;
import static fr.lacoopol.imports.ImportField.MEMBERSHIP_DATE;
import static fr.lacoopol.imports.ImportField.MEMBERSHIP_NUMBER;
import static fr.lacoopol.imports.ImportField.MOBILE;
import static fr.lacoopol.imports.ImportField.ORGANISATION;
import static fr.lacoopol.imports.ImportField.PHONE;
import static fr.lacoopol.imports.ImportField.POSTAL_CODE;
import static fr.lacoopol.imports.ImportField.SEX;

import java.util.List;
import java.util.Set;

/** What a file brings in: members or supporters to invite (INV-4), or outside contacts (CON-2). */
public enum ImportKind {

    MEMBERS(List.of(MEMBERSHIP_NUMBER, MEMBERSHIP_DATE, SEX, FIRST_NAME, LAST_NAME, BIRTH_DATE, EMAIL, PHONE, MOBILE,
            ADDRESS, POSTAL_CODE, CITY, COUNTRY), Set.of(FIRST_NAME, LAST_NAME)),
    CONTACTS(List.of(FIRST_NAME, LAST_NAME, ORGANISATION, EMAIL), Set.of(FIRST_NAME, LAST_NAME, EMAIL));

    private final List<ImportField> fields;
    private final Set<ImportField> required;

    ImportKind(List<ImportField> fields, Set<ImportField> required) {
        this.fields = fields;
        this.required = required;
    }

    /** The coopol fields a column may be mapped to, in the order the manual lists them. */
    public List<ImportField> fields() {
        return fields;
    }

    /** The fields a mapping must include (a row missing one is rejected). */
    public Set<ImportField> required() {
        return required;
    }
}
