package fr.lacoopol.charter.web;

import fr.lacoopol.CoopolProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** MOD-2: the charter in force; its version is what an accepted invitation records (GDPR-3). */
@RestController
@Tag(name = "Charte")
class CharterController {

    record Charter(String version, String text) {
    }

    private final Charter charter;

    CharterController(CoopolProperties properties) {
        try (InputStream in = getClass().getResourceAsStream("/charter/charte-" + properties.charterVersion() + ".txt")) {
            if (in == null) throw new IllegalStateException("no charter text for version " + properties.charterVersion());
            this.charter = new Charter(properties.charterVersion(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/charter")
    @Operation(summary = "La charte de la coopol, avec sa version")
    Charter charter() {
        return charter;
    }
}
