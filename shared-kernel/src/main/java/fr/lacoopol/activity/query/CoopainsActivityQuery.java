package fr.lacoopol.activity.query;

import fr.lacoopol.access.Viewer;

/** DASH-3: what the viewer's coopains did, newest first, each item answered for the viewer (P1–P7). */
public record CoopainsActivityQuery(
        Viewer viewer,
        String before,
        int size) {
}
