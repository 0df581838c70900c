package fr.lacoopol.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** The cipher a thread keeps is set up again for every value, whoever's key and whichever way it goes. */
class PersonalDataCipherTest {

    private final InMemoryKeys keys = new InMemoryKeys();
    private final PersonalDataCipher cipher = new PersonalDataCipher(keys);

    @Test
    void valuesOfManyMembersInterleavedReadBackUnderTheirOwnKeys() {
        Map<String, String> sealed = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            String member = "m" + (i % 7);
            String text = cipher.encrypt(member, clear(i));
            sealed.put(text, member);
            // every other value is read back at once, between values of other members
            if (i % 2 == 0) assertThat(cipher.decrypt(member, text)).contains(clear(i));
        }
        assertThat(sealed).hasSize(200);
        sealed.forEach((text, member) -> assertThat(cipher.decrypt(member, text)).isPresent());
    }

    @Test
    void aTamperedValueFailsAndTheNextOneStillReads() {
        String good = cipher.encrypt("alice", clear(1));
        byte[] raw = Base64.getDecoder().decode(good.substring(PersonalDataCipher.PREFIX.length()));
        raw[raw.length - 1] ^= 1;
        String tampered = PersonalDataCipher.PREFIX + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt("alice", tampered)).isInstanceOf(IllegalStateException.class);
        assertThat(cipher.decrypt("alice", good)).contains(clear(1));
    }

    @Test
    void aValueMovedToAnotherMembersEventDoesNotRead() {
        keys.keyFor("bob");
        String alices = cipher.encrypt("alice", clear(2));

        assertThatThrownBy(() -> cipher.decrypt("bob", alices)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMemberWithoutAKeyReadsAsErased() {
        String text = cipher.encrypt("carol", clear(3));
        keys.shred("carol");

        assertThat(cipher.decrypt("carol", text)).isEmpty();
    }

    private static byte[] clear(int i) {
        return ("\"personal value " + i + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /** Keys in a map: the cipher's behaviour, not the key table's. */
    private static final class InMemoryKeys extends MemberKeys {
        private final Map<String, SecretKey> keys = new HashMap<>();

        InMemoryKeys() {
            super(null);
        }

        @Override
        public SecretKey keyFor(String memberId) {
            return keys.computeIfAbsent(memberId, id -> newKey());
        }

        @Override
        public Optional<SecretKey> existingKey(String memberId) {
            return Optional.ofNullable(keys.get(memberId));
        }

        @Override
        public void shred(String memberId) {
            keys.remove(memberId);
        }

        private static SecretKey newKey() {
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                return generator.generateKey();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
