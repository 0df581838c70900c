package fr.lacoopol.auth;

import com.nulabinc.zxcvbn.Zxcvbn;
import fr.lacoopol.member.InvalidValueException;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * ACC-7: any password of 8 characters or more is accepted; its strength (0–4, zxcvbn) is told so clients can
 * show the indicator. Hashing is bcrypt, adaptive.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    private static final int MAX_LENGTH = 128; // bcrypt reads 72 bytes; the bound keeps hashing cheap to refuse

    private final PasswordEncoder encoder;
    private final Zxcvbn zxcvbn = new Zxcvbn();

    PasswordPolicy(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** Checks the rule and returns the hash to store. */
    public String hashNew(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidValueException("password", "le mot de passe doit faire au moins 8 caractères");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidValueException("password", "le mot de passe dépasse 128 caractères");
        }
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }

    public int strength(String password, List<String> personalWords) {
        if (password == null || password.isEmpty()) return 0;
        String bounded = password.length() > MAX_LENGTH ? password.substring(0, MAX_LENGTH) : password;
        return zxcvbn.measure(bounded, personalWords).getScore();
    }
}
