package fr.lacoopol.files;

import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.member.StoredFile;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * PRO-1 avatars: PNG, GIF or JPEG recognised by their content (never by their name), at most 8 MB, stored
 * as a PNG re-encoded to fit 450×450. Re-encoding drops every metadata block (location, camera…).
 */
@Component
public class AvatarImages {

    public static final int MAX_SIDE = 450;
    /** A post's picture is shown larger than an avatar. */
    public static final int POST_SIDE = 1_600;
    private static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final long MAX_PIXELS = 40_000_000L; // refuses decompression bombs before decoding
    private static final Set<String> ACCEPTED = Set.of("png", "gif", "jpeg");

    private final FileStore files;

    AvatarImages(FileStore files) {
        this.files = files;
    }

    /** An uploaded picture (a member's, a section's, an event's, a group's), re-encoded and kept in the file store. */
    public StoredFile store(MultipartFile upload) {
        return store(upload, MAX_SIDE);
    }

    /** The same, fitting maxSide. */
    public StoredFile store(MultipartFile upload, int maxSide) {
        try {
            return store(upload.getBytes(), maxSide);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload", e);
        }
    }

    public StoredFile store(byte[] picture, int maxSide) {
        return files.store(FileStore.Area.IMAGES, reencode(picture, maxSide), "image/png");
    }

    byte[] reencode(byte[] upload, int maxSide) {
        if (upload.length == 0) throw notAnImage();
        if (upload.length > MAX_BYTES) throw new RuleViolationException("file_too_large", "l'image dépasse 8 Mo");
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) throw notAnImage();
            ImageReader reader = readers.next();
            try {
                if (!ACCEPTED.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) throw notAnImage();
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) throw new RuleViolationException("image_too_large", "l'image est trop grande");
                return toPng(scaled(reader.read(0), maxSide));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw notAnImage();
        }
    }

    private static BufferedImage scaled(BufferedImage image, int maxSide) {
        double ratio = Math.min(1.0, Math.min((double) maxSide / image.getWidth(), (double) maxSide / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * ratio));
        int height = Math.max(1, (int) Math.round(image.getHeight() * ratio));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] toPng(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuleViolationException notAnImage() {
        return new RuleViolationException("not_an_image", "le fichier n'est pas une image PNG, GIF ou JPEG");
    }
}
