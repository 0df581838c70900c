package fr.lacoopol.files;

import fr.lacoopol.member.StoredFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed files on the local file system: a file's name is the SHA-256 of its bytes, so storing
 * the same bytes twice stores them once, and events carry only the hash, type and size.
 */
@Component
public class FileStore {

    private final Path root;

    FileStore(@Value("${coopol.files.path}") Path root) {
        this.root = root;
    }

    public StoredFile store(byte[] bytes, String contentType) {
        String sha256 = sha256(bytes);
        Path target = pathOf(sha256);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file", e);
        }
        return new StoredFile(sha256, contentType, bytes.length);
    }

    public Optional<Path> find(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) return Optional.empty();
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
