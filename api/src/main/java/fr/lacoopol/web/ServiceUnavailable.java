package fr.lacoopol.web;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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
            // SQL states of class 08 (connection) and 57P (the server shutting down or restarting).
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
