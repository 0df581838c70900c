package fr.lacoopol.agenda.web;

import java.time.ZoneId;

/** The agenda's time zone: every date a member types or reads is Paris wall-clock time (EVT-2). */
final class Paris {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Paris() {
    }
}
