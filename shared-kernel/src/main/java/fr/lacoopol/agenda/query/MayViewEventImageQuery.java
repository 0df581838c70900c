package fr.lacoopol.agenda.query;

import fr.lacoopol.access.Viewer;

/** Whether the image stored under this hash illustrates an event the viewer may see (P7). */
public record MayViewEventImageQuery(
        Viewer viewer,
        String sha256) {
}
