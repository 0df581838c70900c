package fr.lacoopol.member;

/** A file in the content-addressed store: events carry its hash, type and size, never its bytes. */
public record StoredFile(String sha256, String contentType, long size) {

    public StoredFile {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("sha256");
    }
}
