package fr.lacoopol.demo;

import fr.lacoopol.access.Spaces;
import fr.lacoopol.files.AvatarImages;
import fr.lacoopol.files.FileStore;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.StoredFile;
import fr.lacoopol.post.Attachment;
import fr.lacoopol.post.PostContent;
import fr.lacoopol.post.PostType;
import fr.lacoopol.post.Publication;
import fr.lacoopol.post.command.CommentPostCommand;
import fr.lacoopol.post.command.PublishPostCommand;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The demo's posts (PST): one of each type, comments, a post for one group only and a message on a wall, so that a
 * newcomer sees walls, feeds and comments at once. Every file is made here: a poster drawn, an MP3 of silence, a
 * one-page PDF; nothing is downloaded.
 */
@Component
class DemoPosts {

    static final PostId ARTICLE = new PostId("demo-billet-logement");

    private final AvatarImages images;
    private final FileStore files;

    DemoPosts(AvatarImages images, FileStore files) {
        this.images = images;
        this.files = files;
    }

    void load(Consumer<Object> send, SectionId solferino, MemberId sabine, MemberId virginie, MemberId albin,
              MemberId victor, GroupId housing, GroupId gluers) {
        Publication everyone = new Publication(true, false, List.of());
        send.accept(new PublishPostCommand(ARTICLE, virginie, solferino, null, new PostContent(PostType.ARTICLE,
                "Le logement, première urgence", "<p>Dans notre arrondissement, <b>un ménage sur trois</b> consacre plus "
                        + "du tiers de ses revenus au logement.</p><p>Nos propositions :</p><ul><li>l'encadrement des "
                        + "loyers</li><li>25 % de logement social dans chaque programme</li></ul><p>À lire : <a "
                        + "href=\"https://www.lacoopol.fr/\">la coopol</a>.</p>", List.of("logement, loyers"), null, null,
                null, null), everyone));
        send.accept(new CommentPostCommand(ARTICLE, "demo-commentaire-1", albin, Spaces.ofSection(solferino),
                "Très juste. On en parle jeudi à la réunion de section ?"));
        send.accept(new CommentPostCommand(ARTICLE, "demo-commentaire-2", sabine, Spaces.ofSection(solferino),
                "Oui, c'est à l'ordre du jour."));

        StoredFile poster = images.store(poster(), AvatarImages.POST_SIDE);
        send.accept(new PublishPostCommand(new PostId("demo-affiche-marche"), sabine, solferino, null, new PostContent(
                PostType.IMAGE, "L'affiche du marché de dimanche", "Imprimée en 200 exemplaires, à prendre au local.",
                List.of("tractage"), null, null, new Attachment(poster.sha256(), poster.contentType(), poster.size(),
                        "affiche.png"), null), new Publication(false, true, List.of())));
        send.accept(new PublishPostCommand(new PostId("demo-video-meeting"), albin, solferino, null, new PostContent(
                PostType.VIDEO, "Le meeting de rentrée", "Le discours en entier.", List.of("meeting"),
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ", null, null, null), everyone));
        StoredFile sound = files.store(FileStore.Area.POST_FILES, silentMp3(), "audio/mpeg");
        send.accept(new PublishPostCommand(new PostId("demo-son-logement"), virginie, solferino, null, new PostContent(
                PostType.SOUND, "Interview radio sur le logement", null, List.of("logement"), null, null, null,
                new Attachment(sound.sha256(), sound.contentType(), sound.size(), "interview.mp3")),
                new Publication(false, false, List.of(housing))));
        StoredFile programme = files.store(FileStore.Area.POST_FILES, programmePdf(), "application/pdf");
        send.accept(new PublishPostCommand(new PostId("demo-programme"), sabine, solferino, null, new PostContent(
                PostType.FILE, "Le programme de la section", null, List.of("programme"), null, null, null,
                new Attachment(programme.sha256(), programme.contentType(), programme.size(), "programme.pdf")),
                everyone));
        send.accept(new PublishPostCommand(new PostId("demo-lien-chartres"), victor, null, null, new PostContent(
                PostType.LINK, "Le site de la fédération d'Eure-et-Loir", null, List.of(), "https://www.lacoopol.fr/",
                null, null, null), everyone));
        send.accept(new PublishPostCommand(new PostId("demo-colleurs-prive"), albin, solferino, null, new PostContent(
                PostType.ARTICLE, "Le point de rendez-vous de samedi", "<p>Métro École militaire, 8 h 30. Apportez des "
                        + "brosses.</p>", List.of(), null, null, null, null), new Publication(false, false,
                List.of(gluers))));
        send.accept(new PublishPostCommand(new PostId("demo-mur-virginie"), victor, null, virginie, new PostContent(
                PostType.LINK, "Merci pour l'accueil à la réunion !", "Au plaisir de tracter ensemble.", List.of(),
                "https://www.lacoopol.fr/", null, null, null), everyone));
    }

    private static byte[] poster() {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xE3, 0x00, 0x3B));
            g.fillRect(0, 0, 1200, 630);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
            g.drawString("Marché Bastille", 80, 250);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
            g.drawString("Dimanche, 9 h — le logement pour tous", 80, 360);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Five seconds of silence: an ID3v2 header, then MPEG-1 Layer III frames (128 kb/s, 44.1 kHz) of nothing. */
    static byte[] silentMp3() {
        ByteArrayOutputStream mp3 = new ByteArrayOutputStream();
        mp3.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
        for (int frame = 0; frame < 190; frame++) {
            byte[] data = new byte[417];
            data[0] = (byte) 0xFF;
            data[1] = (byte) 0xFB;
            data[2] = (byte) 0x90;
            data[3] = (byte) 0x64;
            mp3.writeBytes(data);
        }
        return mp3.toByteArray();
    }

    /** A one-page PDF saying what the section's programme is, its cross-reference table counted here. */
    static byte[] programmePdf() {
        String text = "BT /F1 24 Tf 72 720 Td (Programme de la section Solferino) Tj 0 -40 Td /F1 14 Tf "
                + "(Logement, transports, ecoles : nos propositions pour 2026.) Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) pdf.append(String.format("%010d 00000 n \n", offset));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
