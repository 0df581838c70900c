package fr.lacoopol.charter.web;

import fr.lacoopol.charter.Charter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** MOD-2: the charter in force; its version is what an accepted invitation records (GDPR-3). */
@RestController
@Tag(name = "Charte")
class CharterController {

    record CharterView(String version, String text) {
    }

    private final CharterView charter;

    CharterController(Charter charter) {
        this.charter = new CharterView(charter.version(), charter.text());
    }

    @GetMapping("/api/charter")
    @Operation(summary = "La charte de la coopol, avec sa version")
    CharterView charter() {
        return charter;
    }
}
