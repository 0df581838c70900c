package fr.lacoopol.files;

import fr.lacoopol.errors.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Fichiers")
class FilesController {

    private final FileStore files;

    FilesController(FileStore files) {
        this.files = files;
    }

    /** A stored image by its hash. Content never changes under a hash, so it may be cached for good. */
    @GetMapping("/api/files/{sha256}")
    @Operation(summary = "Une image stockée (avatar), par son empreinte")
    ResponseEntity<Resource> file(@PathVariable String sha256) {
        return files.find(sha256)
                .map(path -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .<Resource>body(new FileSystemResource(path)))
                .orElseThrow(() -> new NotFoundException("not_found", "introuvable"));
    }
}
