package fr.lacoopol.group.query;

import fr.lacoopol.access.Viewer;

/** Whether the image stored under this hash is a group's picture, which every member may see. */
public record MayViewGroupImageQuery(
        Viewer viewer,
        String sha256) {
}
