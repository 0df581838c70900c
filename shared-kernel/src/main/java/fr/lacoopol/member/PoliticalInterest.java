package fr.lacoopol.member;

/** PRO-5: the 21 topics of the manual ("Centres d'intérêts politiques"). */
public enum PoliticalInterest {
    SOCIAL_ACTION("Action sociale"),
    AGRICULTURE("Agriculture"),
    TERRITORIAL_PLANNING("Aménagement du territoire"),
    CULTURE("Culture"),
    DEFENCE("Défense"),
    ECONOMY("Economie"),
    EDUCATION("Education"),
    EMPLOYMENT("Emploi"),
    ENVIRONMENT("Environnement"),
    INFRASTRUCTURE("Equipement"),
    FAMILY("Famille"),
    FINANCE("Finances"),
    HOUSING("Logement"),
    NEW_TECHNOLOGIES("Nouvelles technologies"),
    HERITAGE("Patrimoine"),
    LOCAL_POLITICS("Politique de proximité"),
    RESEARCH_AND_INNOVATION("Recherche et innovation"),
    EUROPEAN_AND_INTERNATIONAL_RELATIONS("Relations européennes et internationales"),
    HEALTH("Santé"),
    SECURITY("Sécurité"),
    SOLIDARITY("Solidarité");

    private final String label;

    PoliticalInterest(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
