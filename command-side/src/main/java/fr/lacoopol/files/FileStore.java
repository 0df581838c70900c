package fr.lacoopol.files;

import fr.lacoopol.member.StoredFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed files on the local file system: a file's name is the SHA-256 of its bytes, so storing
 * the same bytes twice stores them once, and events carry only the hash, type and size. Files live in areas
 * that never mix: {@link Area#IMAGES}, re-encoded pictures that {@code /api/files} may serve to whoever may see
 * their owner; {@link Area#MEMBER_FILES}, the member files sent for import, which only their section's managers
 * ever read back, through the import's own endpoints; {@link Area#POST_FILES}, the sounds and documents of posts,
 * served by the post's own endpoint to whoever may see the post.
 */
@Component
public class FileStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileStore.class);

    public enum Area {
        IMAGES("images"), MEMBER_FILES("member-files"), POST_FILES("post-files");

        private final String directory;

        Area(String directory) {
            this.directory = directory;
        }
    }

    private final Path root;

    FileStore(@Value("${coopol.files.path}") Path root) {
        this.root = root;
    }

    public StoredFile store(Area area, byte[] bytes, String contentType) {
        try (Staged staged = stage(area, new ByteArrayInputStream(bytes))) {
            return staged.keep(contentType);
        }
    }

    /**
     * Copies an upload under a temporary name, to be checked before it is kept: a file refused by its check
     * is deleted when the staged file is closed without {@link Staged#keep}.
     */
    public Staged stage(Area area, InputStream content) {
        Path directory = root.resolve(area.directory);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest digest = sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                content.transferTo(out);
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return new Staged(area, temporary, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload", e);
        }
    }

    public Optional<Path> find(Area area, String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) return Optional.empty();
        Path path = pathOf(area, sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Removes a stored file (GDPR-2: an erased member's picture); a file already gone is not an error. */
    public void delete(Area area, String sha256) {
        Optional<Path> path = find(area, sha256);
        if (path.isEmpty()) return;
        try {
            Files.deleteIfExists(path.get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + sha256, e);
        }
    }

    private Path pathOf(Area area, String sha256) {
        return root.resolve(area.directory).resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** An upload copied to a temporary file, kept under its hash or, when closed before that, deleted. */
    public final class Staged implements AutoCloseable {

        private final Area area;
        private final Path temporary;
        private final String sha256;
        private boolean kept;

        private Staged(Area area, Path temporary, String sha256) {
            this.area = area;
            this.temporary = temporary;
            this.sha256 = sha256;
        }

        public Path path() {
            return temporary;
        }

        public StoredFile keep(String contentType) {
            Path target = pathOf(area, sha256);
            try {
                long size = Files.size(temporary);
                Files.createDirectories(target.getParent());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                kept = true;
                return new StoredFile(sha256, contentType, size);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store file", e);
            }
        }

        @Override
        public void close() {
            if (kept) return;
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.warn("could not delete the refused upload {}", temporary, e);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
