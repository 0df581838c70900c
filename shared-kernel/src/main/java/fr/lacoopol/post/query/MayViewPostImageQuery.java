package fr.lacoopol.post.query;

import fr.lacoopol.access.Viewer;

/** Whether the image stored under this hash is the picture of a post the viewer may see (P7). */
public record MayViewPostImageQuery(
        Viewer viewer,
        String sha256) {
}
