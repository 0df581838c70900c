package fr.lacoopol.security;

import fr.lacoopol.identity.Sessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code Authorization: Bearer <token>} into the request's {@code Viewer}. Roles are read afresh on
 * every request from the command-side access tables, so a promotion or a demotion counts at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final Sessions sessions;

    BearerTokenFilter(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(PREFIX)) {
            String token = header.substring(PREFIX.length()).strip();
            sessions.viewerOf(token).ifPresent(viewer ->
                    SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(viewer, token)));
        }
        chain.doFilter(request, response);
    }
}
