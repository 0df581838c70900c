package fr.lacoopol.agenda;

/** EVT-1: the sub-types of meetings and missions, with the labels the manual shows. */
public enum EventType {
    DEBATE(EventKind.MEETING, "Débat"),
    MEETING(EventKind.MEETING, "Réunion"),
    SECTION_MEETING(EventKind.MEETING, "Réunion de section"),
    CIVIC_LIFE(EventKind.MEETING, "Vie de la cité"),
    PARTY_LIFE(EventKind.MEETING, "Vie du PS"),
    POSTER_GLUING(EventKind.MISSION, "Collage d'affiches"),
    CYBER_ACTIVISM(EventKind.MISSION, "Cyber-activisme"),
    DEMONSTRATION(EventKind.MISSION, "Manifestation"),
    PHONE_MISSION(EventKind.MISSION, "Mission téléphone"),
    DOOR_TO_DOOR(EventKind.MISSION, "Porte-à-porte"),
    LEAFLETING(EventKind.MISSION, "Tractage"),
    OTHER_MISSION(EventKind.MISSION, "Autre mission");

    private final EventKind kind;
    private final String label;

    EventType(EventKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public EventKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }
}
