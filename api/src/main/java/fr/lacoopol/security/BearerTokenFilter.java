package fr.lacoopol.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.lacoopol.access.Viewer;
import fr.lacoopol.identity.Sessions;
import fr.lacoopol.web.Problems;
import fr.lacoopol.web.ServiceUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code Authorization: Bearer <token>} into the request's {@code Viewer}. Roles are read afresh on
 * every request from the command-side access tables, so a promotion or a demotion counts at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final Sessions sessions;
    private final ObjectMapper json;

    BearerTokenFilter(Sessions sessions, ObjectMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(PREFIX)) {
            String token = header.substring(PREFIX.length()).strip();
            Optional<Viewer> viewer;
            try {
                viewer = sessions.viewerOf(token);
            } catch (DataAccessException e) {
                // Who the caller is cannot be known while PostgreSQL is out of reach: not a 401, a 503.
                if (!ServiceUnavailable.causes(e)) throw e;
                response.setHeader(HttpHeaders.RETRY_AFTER, ServiceUnavailable.RETRY_AFTER);
                Problems.write(json, response, HttpStatus.SERVICE_UNAVAILABLE, ServiceUnavailable.CODE,
                        ServiceUnavailable.DETAIL);
                return;
            }
            viewer.ifPresent(found ->
                    SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(found, token)));
        }
        chain.doFilter(request, response);
    }
}
