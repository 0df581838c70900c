package fr.lacoopol.imports;

import fr.lacoopol.member.Folding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * INV-4: a first guess of which column feeds which field, from the header's words as secretaries' files
 * name them ("Prénom", "NOM", "Courriel", "CP", "N° adhérent"…). The secretary confirms or changes it.
 */
public final class MappingGuess {

    /** Folded header words for each field, the more specific first. */
    private static final Map<ImportField, List<String>> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(ImportField.MEMBERSHIP_NUMBER, List.of("numero d'adherent", "n adherent", "no adherent", "num adherent",
                "numero adherent", "matricule", "membership number", "adherent"));
        NAMES.put(ImportField.MEMBERSHIP_DATE, List.of("date d'adhesion", "date adhesion", "adhesion", "membership date"));
        NAMES.put(ImportField.BIRTH_DATE, List.of("date de naissance", "naissance", "ne le", "birth date", "birthdate", "ddn"));
        NAMES.put(ImportField.FIRST_NAME, List.of("prenom", "first name", "firstname"));
        NAMES.put(ImportField.LAST_NAME, List.of("nom de famille", "nom", "last name", "lastname", "name"));
        NAMES.put(ImportField.SEX, List.of("sexe", "civilite", "genre", "sex", "gender"));
        NAMES.put(ImportField.EMAIL, List.of("e-mail", "email", "courriel", "mail", "adresse electronique"));
        NAMES.put(ImportField.MOBILE, List.of("portable", "mobile", "tel portable", "telephone portable", "gsm"));
        NAMES.put(ImportField.PHONE, List.of("telephone", "tel", "tel fixe", "phone", "fixe"));
        NAMES.put(ImportField.POSTAL_CODE, List.of("code postal", "cp", "postal code", "zip"));
        NAMES.put(ImportField.CITY, List.of("ville", "commune", "localite", "city"));
        NAMES.put(ImportField.COUNTRY, List.of("pays", "country"));
        NAMES.put(ImportField.ADDRESS, List.of("adresse", "rue", "adresse postale", "address", "street"));
        NAMES.put(ImportField.ORGANISATION, List.of("organisation", "organisme", "structure", "association", "societe",
                "entreprise", "organization", "company"));
    }

    private MappingGuess() {
    }

    public static List<ColumnMapping> guess(List<String> columns, ImportKind kind) {
        List<ColumnMapping> mapping = new ArrayList<>();
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        // An exact name first (so "Nom" is not taken by "Nom de famille"'s rule), then a name the header starts with.
        for (boolean exact : new boolean[] {true, false}) {
            for (int column = 0; column < columns.size(); column++) {
                int index = column;
                if (mapping.stream().anyMatch(m -> m.column() == index)) continue;
                String header = normalise(columns.get(column));
                for (Map.Entry<ImportField, List<String>> field : NAMES.entrySet()) {
                    if (taken.contains(field.getKey()) || !kind.fields().contains(field.getKey())) continue;
                    boolean matches = field.getValue().stream()
                            .anyMatch(name -> exact ? header.equals(name) : header.startsWith(name + " "));
                    if (matches) {
                        mapping.add(new ColumnMapping(column, field.getKey()));
                        taken.add(field.getKey());
                        break;
                    }
                }
            }
        }
        mapping.sort((a, b) -> Integer.compare(a.column(), b.column()));
        return mapping;
    }

    /** Folded, with punctuation as spaces: "N° d'adhérent" → "n d'adherent", "E-mail" stays "e-mail". */
    private static String normalise(String header) {
        String folded = Folding.fold(header == null ? "" : header);
        if (folded == null) return "";
        return folded.replaceAll("[°º.:_()/#*]", " ").replaceAll("\\s+", " ").strip();
    }
}
