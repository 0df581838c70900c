package fr.lacoopol.audit;

/** AUD-5: the ways someone other than a member reads that member's private data. */
public enum DataAccess {
    PROFILE("fiche de membre ouverte"),
    ROSTER("fichier de la section consulté"),
    IMPORT_MERGE("import d'un fichier de membres fusionné avec votre fiche"),
    AUDIT_HISTORY("historique lu par un auditeur"),
    AUDIT_STATE("état à une date lu par un auditeur");

    private final String label;

    DataAccess(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
