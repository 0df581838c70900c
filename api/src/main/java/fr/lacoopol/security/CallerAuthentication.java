package fr.lacoopol.security;

import fr.lacoopol.access.Viewer;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated request: the viewer it acts as, and the bearer token that opened it (for logout). */
public class CallerAuthentication extends AbstractAuthenticationToken {

    private final Viewer viewer;
    private final String token;

    CallerAuthentication(Viewer viewer, String token) {
        super(viewer.administrator()
                ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_AUDITOR"))
                : List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
        this.viewer = viewer;
        this.token = token;
        setAuthenticated(true);
    }

    public Viewer viewer() {
        return viewer;
    }

    public String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return viewer.administrator() ? "administrator" : viewer.memberId().value();
    }
}
