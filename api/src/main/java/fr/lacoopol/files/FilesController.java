package fr.lacoopol.files;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.query.MayViewEventImageQuery;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.group.query.MayViewGroupImageQuery;
import fr.lacoopol.post.query.MayViewPostImageQuery;
import fr.lacoopol.member.query.MayViewImageQuery;
import fr.lacoopol.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored pictures, to the callers who may see what they belong to: a member's avatar to those who may see
 * the profile (P4, P5), a section's to its members, an event's illustration to those who may see the event (P7), a
 * group's to every member, a post's picture to those who may see the post (P7).
 * Anything else answers 404, as a hash that names nothing.
 */
@RestController
@Tag(name = "Fichiers")
class FilesController {

    private final FileStore files;
    private final QueryGateway queries;

    FilesController(FileStore files, QueryGateway queries) {
        this.files = files;
        this.queries = queries;
    }

    /** Content never changes under a hash; the caller's browser may keep it, no shared cache may. */
    @GetMapping("/api/files/{sha256}")
    @Operation(summary = "Une image stockée (avatar, illustration), par son empreinte",
            description = "Seulement à qui peut voir le profil, la section, l'événement, le groupe ou la publication qu'elle illustre.")
    ResponseEntity<Resource> file(@PathVariable String sha256) {
        Viewer viewer = CurrentCaller.viewer();
        boolean mayView = queries.query(new MayViewImageQuery(viewer, sha256), Boolean.class).join()
                || queries.query(new MayViewEventImageQuery(viewer, sha256), Boolean.class).join()
                || queries.query(new MayViewGroupImageQuery(viewer, sha256), Boolean.class).join()
                || queries.query(new MayViewPostImageQuery(viewer, sha256), Boolean.class).join();
        if (!mayView) throw NotFoundException.notFound();
        return files.find(FileStore.Area.IMAGES, sha256)
                .map(path -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
                        .<Resource>body(new FileSystemResource(path)))
                .orElseThrow(NotFoundException::notFound);
    }
}
