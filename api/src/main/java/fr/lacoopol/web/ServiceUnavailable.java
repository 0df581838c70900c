package fr.lacoopol.web;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure is a service the application depends on being out of reach (PostgreSQL, Elasticsearch,
 * Axon Server): the request was fine, and the same request will work once the service is back.
 */
public final class ServiceUnavailable {

    public static final String CODE = "service_unavailable";
    public static final String DETAIL = "le service est momentanément indisponible : réessaie dans un instant";
    /** Seconds a client waits before trying again. */
    public static final String RETRY_AFTER = "5";
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";
    private static final Set<Status.Code> UNREACHABLE = EnumSet.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);

    private ServiceUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            // Axon Server out of reach: gRPC's own status, as a command's failure carries it.
            if (cause instanceof StatusRuntimeException grpc && UNREACHABLE.contains(grpc.getStatus().getCode())) {
                return true;
            }
            // A query's failure carries only the status's name, as its message.
            if (cause instanceof AxonServerQueryDispatchException query && query.getMessage() != null
                    && UNREACHABLE.stream().anyMatch(code -> query.getMessage().startsWith(code.name()))) {
                return true;
            }
            // SQL states of class 08 (connection) and 57P (the server shutting down or restarting).
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // The pool's own word for a connection it closed once the server dropped it (it gives no SQL state).
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && POOL_CLOSED_CONNECTION.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
