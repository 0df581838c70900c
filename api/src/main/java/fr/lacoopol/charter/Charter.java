package fr.lacoopol.charter;

import fr.lacoopol.CoopolProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** MOD-2: the charter in force, read once from the resources; its version is what an acceptance records. */
@Component
public class Charter {

    private final String version;
    private final String text;

    Charter(CoopolProperties properties) {
        this.version = properties.charterVersion();
        try (InputStream in = getClass().getResourceAsStream("/charter/charte-" + version + ".txt")) {
            if (in == null) throw new IllegalStateException("no charter text for version " + version);
            this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return version;
    }

    public String text() {
        return text;
    }
}
