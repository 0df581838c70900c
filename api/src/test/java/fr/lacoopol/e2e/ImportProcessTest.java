package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import process works an import only while it holds the import's lease (a PostgreSQL advisory lock): here
 * the test plays another instance that holds it. An import it holds is left alone; once released, the process
 * takes it up by itself and finishes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportProcessTest extends ApiTestSupport {

    private static final int LEASE_NAMESPACE = 0x696d7074;

    @Autowired
    DataSource dataSource;

    private TestSection section;

    @BeforeAll
    void aSection() {
        section = newSection("Bail-sur-Import", "75104");
    }

    @Test
    void anImportHeldByAnotherInstanceIsLeftAloneThenTakenUpWhenItsLeaseIsReleased() throws SQLException {
        StringBuilder csv = new StringBuilder("Prénom;Nom;E-mail\n");
        for (int i = 0; i < 3; i++) {
            csv.append("Bail;Personne").append(i).append(";bail-").append(i).append('-').append(unique()).append("@exemple.fr\n");
        }
        Answer uploaded = upload("/api/sections/" + section.id() + "/imports", section.secretary(), "bail.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        String importId = uploaded.text("importId");

        try (Connection otherInstance = dataSource.getConnection()) {
            assertThat(lock(otherInstance, "pg_try_advisory_lock", importId)).isTrue();
            Answer confirmed = put("/api/sections/" + section.id() + "/imports/" + importId + "/mapping", section.secretary(),
                    Map.of("mapping", uploaded.body().path("mapping"), "membershipType", "MEMBER"));
            assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(202);
            await("the import started", () -> "RUNNING".equals(state(importId).path("state").asText()));
            // However often the process looks (every second here), it cannot take a lease another instance holds.
            JsonNode held = state(importId);
            assertThat(held.path("state").asText()).isEqualTo("RUNNING");
            assertThat(held.path("imported").asInt()).isZero();
            assertThat(lock(otherInstance, "pg_advisory_unlock", importId)).isTrue();
        }

        JsonNode finished = await("the import taken up and finished", () -> {
            JsonNode state = state(importId);
            return "FINISHED".equals(state.path("state").asText()) ? state : null;
        });
        assertThat(finished.path("imported").asInt()).isEqualTo(3);
    }

    private JsonNode state(String importId) {
        return get("/api/sections/" + section.id() + "/imports/" + importId, section.secretary()).body();
    }

    private static boolean lock(Connection connection, String function, String importId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?, ?)")) {
            statement.setInt(1, LEASE_NAMESPACE);
            statement.setInt(2, importId.hashCode());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
