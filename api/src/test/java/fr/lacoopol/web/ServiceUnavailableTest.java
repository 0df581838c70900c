package fr.lacoopol.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.axoniq.axonserver.connector.AxonServerException;
import io.axoniq.axonserver.connector.ErrorCategory;
import io.grpc.Status;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;
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

    /** The shapes Axon Server's connector gave with the server stopped (checked by hand against Axon Server SE). */
    @Test
    void axonServerOutOfReachIsAServiceOutOfReach() {
        assertThat(ServiceUnavailable.causes(new CompletionException(new AxonServerException(
                ErrorCategory.COMMAND_DISPATCH_ERROR, "Received exception while dispatching command", "client",
                Status.UNAVAILABLE.asRuntimeException())))).isTrue();
        assertThat(ServiceUnavailable.causes(new CompletionException(
                new AxonServerQueryDispatchException("AXONIQ-4005", "UNAVAILABLE")))).isTrue();
        assertThat(ServiceUnavailable.causes(Status.DEADLINE_EXCEEDED.asRuntimeException())).isTrue();
    }

    @Test
    void aDefectIsNot() {
        assertThat(ServiceUnavailable.causes(new AxonServerException(ErrorCategory.COMMAND_EXECUTION_ERROR,
                "a handler failed", "client", Status.INTERNAL.asRuntimeException()))).isFalse();
        assertThat(ServiceUnavailable.causes(new AxonServerQueryDispatchException("AXONIQ-5001", "NoHandlerForQuery")))
                .isFalse();
        assertThat(ServiceUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
        assertThat(ServiceUnavailable.causes(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
    }
}
