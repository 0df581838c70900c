package fr.lacoopol.eventstore;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a random 96-bit nonce, the member id as associated data (a ciphertext cannot be moved to
 * another member's event), text form {@code enc:v1:<base64(nonce || ciphertext)>}.
 */
final class PersonalDataCipher {

    static final String PREFIX = "enc:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * One cipher per thread, set up again for each value: looking a cipher up and making it cost more than the
     * decryption itself, and a cipher set up with the key it last had skips the key's expansion.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(PersonalDataCipher::newCipher);

    private final MemberKeys keys;

    PersonalDataCipher(MemberKeys keys) {
        this.keys = keys;
    }

    String encrypt(String memberId, byte[] clear) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.keyFor(memberId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(memberId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear);
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt personal data", e);
        }
    }

    /** The clear bytes, or empty when the member's key has been shredded. */
    Optional<byte[]> decrypt(String memberId, String text) {
        if (!text.startsWith(PREFIX)) throw new IllegalArgumentException("not an encrypted value");
        Optional<SecretKey> key = keys.existingKey(memberId);
        if (key.isEmpty()) return Optional.empty();
        try {
            byte[] in = Base64.getDecoder().decode(text.substring(PREFIX.length()));
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(memberId.getBytes(StandardCharsets.UTF_8));
            return Optional.of(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data of member " + memberId + " do not decrypt", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
