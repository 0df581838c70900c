package fr.lacoopol.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One id per HTTP request, the trace id of every command the request sends (creating a federation sends four)
 * and so of all their events (AUD-1); each event's correlation id names the command that caused it. A client
 * may pass its own as {@code X-Correlation-Id}.
 */
final class RequestCorrelation {

    private static final String ATTRIBUTE = RequestCorrelation.class.getName();
    private static final String HEADER = "X-Correlation-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestCorrelation() {
    }

    static Optional<String> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes request)) return Optional.empty();
        Object id = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (id == null) {
            String given = request.getRequest().getHeader(HEADER);
            id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
            attributes.setAttribute(ATTRIBUTE, id, RequestAttributes.SCOPE_REQUEST);
        }
        return Optional.of((String) id);
    }
}
