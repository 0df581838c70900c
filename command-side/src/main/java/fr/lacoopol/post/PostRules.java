package fr.lacoopol.post;

import fr.lacoopol.member.Folding;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * PST-1 and PST-7: what a post must be. A title; an article's HTML reduced to the allowed formatting; a link's or
 * an image's address on http or https (never fetched); a video's page turned into its provider's player, or
 * refused; an uploaded sound or file present; tags split on commas, folded, at most {@value #TAGS_MAX}.
 */
final class PostRules {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 20_000;
    static final int TAGS_MAX = 20;
    static final int TAG_MAX = 50;
    static final int URL_MAX = 2_000;

    /** PST-7: b, i, strong, em, p, br, ol, ul, li, and links to http, https and mailto addresses. */
    private static final PolicyFactory ARTICLE = new HtmlPolicyBuilder()
            .allowElements("b", "i", "strong", "em", "p", "br", "ol", "ul", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .toFactory();

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live|v)/([A-Za-z0-9_-]{11})");
    private static final Pattern DAILYMOTION_PATH = Pattern.compile("/(?:embed/)?video/([a-zA-Z0-9]+)");
    private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?(\\d{1,12})");
    private static final Pattern PEERTUBE_PATH = Pattern.compile("/(?:w|videos/watch|videos/embed)/([A-Za-z0-9-]{8,40})");

    private PostRules() {
    }

    static PostContent check(PostContent content) {
        if (content == null || content.type() == null) {
            throw new InvalidValueException("type", "type vaut ARTICLE, IMAGE, VIDEO, SOUND, FILE ou LINK");
        }
        String title = Text.required("title", content.title(), TITLE_MAX);
        List<String> tags = tags(content.tags());
        return switch (content.type()) {
            case ARTICLE -> new PostContent(PostType.ARTICLE, title, article(content.text()), tags, null, null, null, null);
            case LINK -> new PostContent(PostType.LINK, title, description(content.text()), tags,
                    webAddress("url", content.url()), null, null, null);
            case IMAGE -> image(content, title, tags);
            case VIDEO -> new PostContent(PostType.VIDEO, title, description(content.text()), tags,
                    webAddress("url", content.url()), video(content.url()), null, null);
            case SOUND, FILE -> {
                if (content.attachment() == null) {
                    throw new InvalidValueException("file", "joins le fichier (multipart, partie « file »)");
                }
                yield new PostContent(content.type(), title, description(content.text()), tags, null, null, null,
                        content.attachment());
            }
        };
    }

    private static PostContent image(PostContent content, String title, List<String> tags) {
        boolean uploaded = content.image() != null;
        boolean linked = content.url() != null && !content.url().isBlank();
        if (uploaded == linked) {
            throw new InvalidValueException("url", "une image : un fichier envoyé, ou son adresse, l'un des deux");
        }
        return new PostContent(PostType.IMAGE, title, description(content.text()), tags,
                linked ? webAddress("url", content.url()) : null, null, content.image(), null);
    }

    private static String article(String html) {
        if (html == null || html.isBlank()) throw new InvalidValueException("text", "le billet est vide");
        String clean = ARTICLE.sanitize(html).strip();
        if (clean.isEmpty()) throw new InvalidValueException("text", "le billet est vide une fois nettoyé");
        if (clean.length() > TEXT_MAX) throw new InvalidValueException("text", "le billet dépasse " + TEXT_MAX + " caractères");
        return clean;
    }

    private static String description(String text) {
        return Text.optionalParagraphs("text", text, TEXT_MAX);
    }

    static List<String> tags(List<String> given) {
        Set<String> tags = new LinkedHashSet<>();
        for (String entry : given == null ? List.<String>of() : given) {
            if (entry == null) continue;
            for (String tag : entry.split(",")) {
                String folded = Folding.fold(tag.strip().replaceFirst("^#", ""));
                if (folded == null || folded.isBlank()) continue;
                if (folded.length() > TAG_MAX) throw new InvalidValueException("tags", "un mot-clé a au plus " + TAG_MAX + " caractères");
                tags.add(folded);
            }
        }
        if (tags.size() > TAGS_MAX) throw new InvalidValueException("tags", "au plus " + TAGS_MAX + " mots-clés");
        return new ArrayList<>(tags);
    }

    /** An absolute http or https address, kept as given: the server never fetches it. */
    static String webAddress(String field, String url) {
        if (url == null || url.isBlank()) throw new InvalidValueException(field, "l'adresse est obligatoire");
        String trimmed = url.strip();
        if (trimmed.length() > URL_MAX) throw new InvalidValueException(field, "l'adresse est trop longue");
        URI uri = uri(field, trimmed);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidValueException(field, "une adresse web commence par http:// ou https://");
        }
        return trimmed;
    }

    /** The player of a YouTube, Dailymotion, Vimeo or PeerTube video; any other address is refused. */
    static VideoEmbed video(String url) {
        URI uri = uri("url", webAddress("url", url));
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|m)\\.", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        switch (host) {
            case "youtube.com", "youtube-nocookie.com", "music.youtube.com" -> {
                String id = path.equals("/watch") ? parameter(uri, "v") : group(YOUTUBE_PATH, path);
                if (id != null && YOUTUBE_ID.matcher(id).matches()) return youtube(id);
            }
            case "youtu.be" -> {
                String id = path.length() > 1 ? path.substring(1) : null;
                if (id != null && YOUTUBE_ID.matcher(id).matches()) return youtube(id);
            }
            case "dailymotion.com" -> {
                String id = group(DAILYMOTION_PATH, path);
                if (id != null) return dailymotion(id);
            }
            case "dai.ly" -> {
                String id = path.length() > 1 ? path.substring(1) : null;
                if (id != null && id.matches("[a-zA-Z0-9]+")) return dailymotion(id);
            }
            case "vimeo.com", "player.vimeo.com" -> {
                String id = group(VIMEO_PATH, path);
                if (id != null) return new VideoEmbed("vimeo", id, "https://player.vimeo.com/video/" + id);
            }
            default -> {
                // PeerTube runs on many hosts: recognised by its paths, played from the same host.
                String id = group(PEERTUBE_PATH, path);
                if (id != null && "https".equalsIgnoreCase(uri.getScheme())) {
                    return new VideoEmbed("peertube", id, "https://" + uri.getHost() + "/videos/embed/" + id);
                }
            }
        }
        throw new InvalidValueException("url", "une vidéo YouTube, Dailymotion, Vimeo ou PeerTube (adresse de sa page)");
    }

    private static VideoEmbed youtube(String id) {
        return new VideoEmbed("youtube", id, "https://www.youtube-nocookie.com/embed/" + id);
    }

    private static VideoEmbed dailymotion(String id) {
        return new VideoEmbed("dailymotion", id, "https://www.dailymotion.com/embed/video/" + id);
    }

    private static String group(Pattern pattern, String path) {
        Matcher matcher = pattern.matcher(path);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static String parameter(URI uri, String name) {
        if (uri.getRawQuery() == null) return null;
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) return pair.substring(name.length() + 1);
        }
        return null;
    }

    private static URI uri(String field, String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(field, "l'adresse n'est pas valide");
        }
    }
}
