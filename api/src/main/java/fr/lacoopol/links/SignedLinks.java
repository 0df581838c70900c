package fr.lacoopol.links;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.MemberId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The tokens of single-use links (invitation, password reset, e-mail change) and of contacts' unsubscribe links.
 * A token names the member and the link's id, signed with the server's secret; the events record only the link's id, so no token is ever
 * stored. Single use and expiry are the aggregate's to check: it knows which link is pending.
 */
@Component
public class SignedLinks {

    public enum Purpose { INVITATION, PASSWORD_RESET, EMAIL_CHANGE, CONTACT_UNSUBSCRIBE }

    /** What a token names: the member (or, to unsubscribe, the contact) and the link's id. */
    public record Link(String subject, String linkId) {

        public MemberId memberId() {
            return new MemberId(subject);
        }
    }

    private final byte[] secret;

    SignedLinks(CoopolProperties properties) {
        this.secret = properties.linkSecret().getBytes(StandardCharsets.UTF_8);
    }

    public String token(Purpose purpose, MemberId memberId, String linkId) {
        return token(purpose, memberId.value(), linkId);
    }

    public String token(Purpose purpose, String subject, String linkId) {
        String body = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((subject + ":" + linkId).getBytes(StandardCharsets.UTF_8));
        return body + "." + signature(purpose, body);
    }

    /** Whether the token is one this server signed for that purpose (whether still pending is the aggregate's). */
    public boolean isSigned(Purpose purpose, String token) {
        return parse(purpose, token).isPresent();
    }

    public Link verify(Purpose purpose, String token) {
        return parse(purpose, token).orElseThrow(() ->
                new RuleViolationException("link_invalid", "ce lien n'est pas valable"));
    }

    private Optional<Link> parse(Purpose purpose, String token) {
        if (token == null) return Optional.empty();
        int dot = token.indexOf('.');
        if (dot <= 0) return Optional.empty();
        String body = token.substring(0, dot);
        byte[] expected = signature(purpose, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) return Optional.empty();
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) return Optional.empty();
        return Optional.of(new Link(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private String signature(Purpose purpose, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal((purpose.name() + "|" + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
