package fr.lacoopol.imports;

/** A coopol field a file's column can be mapped to (INV-4, CON-2). */
public enum ImportField {
    MEMBERSHIP_NUMBER, MEMBERSHIP_DATE, SEX, FIRST_NAME, LAST_NAME, BIRTH_DATE, EMAIL, PHONE, MOBILE, ADDRESS,
    POSTAL_CODE, CITY, COUNTRY, ORGANISATION
}
