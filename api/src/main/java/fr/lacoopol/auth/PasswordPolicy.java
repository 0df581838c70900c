package fr.lacoopol.auth;

import com.nulabinc.zxcvbn.Zxcvbn;
import fr.lacoopol.member.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * ACC-7: any password of 8 to 128 characters is accepted; its strength (0–4, zxcvbn) is told so clients can
 * show the indicator. Hashing is bcrypt, adaptive. bcrypt reads at most 72 bytes: a longer password (a
 * passphrase, or fewer characters outside ASCII) is first reduced to its SHA-256 in Base64 (44 bytes), so
 * that every character counts and no two long passwords sharing their first 72 bytes match each other.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    private static final int MAX_LENGTH = 128;
    private static final int BCRYPT_MAX_BYTES = 72;

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
        return encoder.encode(prepared(password));
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(prepared(password), hash);
    }

    private static String prepared(String password) {
        byte[] utf8 = password.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= BCRYPT_MAX_BYTES) return password;
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int strength(String password, List<String> personalWords) {
        if (password == null || password.isEmpty()) return 0;
        String bounded = password.length() > MAX_LENGTH ? password.substring(0, MAX_LENGTH) : password;
        return zxcvbn.measure(bounded, personalWords).getScore();
    }
}
