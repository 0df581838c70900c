package fr.lacoopol.post.web;

import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.files.AvatarImages;
import fr.lacoopol.files.FileStore;
import fr.lacoopol.member.StoredFile;
import fr.lacoopol.post.Attachment;
import fr.lacoopol.post.PostType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * PST-1, PST-7: a post's upload judged by its content, never by its name or declared type. A picture is re-encoded
 * (which drops its metadata, GPS position included); a sound must be an MP3; a document one of the allowed office,
 * text, PDF or zip types. 8 MB at most: a larger body is refused with 413 before it is read (RequestLimits).
 */
@Component
class PostUploads {

    private static final Tika TIKA = new Tika();
    private static final Set<String> SOUNDS = Set.of("audio/mpeg");
    /** txt, csv, rtf, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp, odf, pdf, zip: as tika-core names them by content. */
    private static final Set<String> DOCUMENTS = Set.of("text/plain", "text/csv", "application/rtf", "text/rtf",
            "application/pdf", "application/zip", "application/x-tika-msoffice", "application/x-tika-ooxml",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/vnd.oasis.opendocument.formula");
    private static final int NAME_MAX = 200;
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final AvatarImages images;
    private final FileStore files;

    PostUploads(AvatarImages images, FileStore files) {
        this.images = images;
        this.files = files;
    }

    /** The upload as the attachment of a post of this type (an image, a sound, a file). */
    Attachment accept(PostType type, MultipartFile upload) {
        String name = fileName(upload.getOriginalFilename());
        if (type == PostType.IMAGE) {
            StoredFile picture = images.store(upload, AvatarImages.POST_SIDE);
            return new Attachment(picture.sha256(), picture.contentType(), picture.size(), name);
        }
        byte[] bytes = bytes(upload);
        if (bytes.length == 0) throw new RuleViolationException("empty_file", "le fichier est vide");
        if (bytes.length > MAX_BYTES) throw new RuleViolationException("file_too_large", "le fichier dépasse 8 Mo");
        String found = TIKA.detect(bytes);
        Set<String> allowed = type == PostType.SOUND ? SOUNDS : DOCUMENTS;
        if (type != PostType.SOUND && type != PostType.FILE || !allowed.contains(found)) {
            throw new RuleViolationException("file_type_refused", type == PostType.SOUND
                    ? "le son doit être un MP3 (reconnu à son contenu : " + found + ")"
                    : "ce type de fichier n'est pas accepté (reconnu à son contenu : " + found + ")");
        }
        StoredFile stored = files.store(FileStore.Area.POST_FILES, bytes, found);
        return new Attachment(stored.sha256(), found, stored.size(), name);
    }

    /** The name shown for download: its last path segment, without control characters, as a label only. */
    private static String fileName(String original) {
        if (original == null) return "fichier";
        String name = original.replaceAll("\\p{Cntrl}", "").replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty()) return "fichier";
        return name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name;
    }

    private static byte[] bytes(MultipartFile upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload", e);
        }
    }
}
