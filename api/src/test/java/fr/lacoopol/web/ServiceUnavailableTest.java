package fr.lacoopol.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Which failures are a service out of reach (503, try again) rather than a defect (500). */
class ServiceUnavailableTest {

    @Test
    void aRefusedConnectionDeepInTheCausesIsAServiceOutOfReach() {
        assertThat(ServiceUnavailable.causes(new CompletionException(new UncheckedIOException(
                new ConnectException("Connection refused"))))).isTrue();
        assertThat(ServiceUnavailable.causes(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(ServiceUnavailable.causes(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(ServiceUnavailable.causes(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
    }

    @Test
    void aDefectIsNot() {
        assertThat(ServiceUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
        assertThat(ServiceUnavailable.causes(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
    }
}
