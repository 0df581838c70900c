package fr.lacoopol.post.web;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.activity.query.ActivityPage;
import fr.lacoopol.activity.query.MemberActivityQuery;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.files.FileStore;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.query.VisibleMembers;
import fr.lacoopol.member.query.VisibleMembersQuery;
import fr.lacoopol.post.Attachment;
import fr.lacoopol.post.PostContent;
import fr.lacoopol.post.PostType;
import fr.lacoopol.post.Publication;
import fr.lacoopol.post.command.CommentPostCommand;
import fr.lacoopol.post.command.DeletePostCommand;
import fr.lacoopol.post.command.DeletePostCommentCommand;
import fr.lacoopol.post.command.PublishPostCommand;
import fr.lacoopol.post.query.FindPostQuery;
import fr.lacoopol.post.query.PostPage;
import fr.lacoopol.post.query.PostView;
import fr.lacoopol.post.query.WallItem;
import fr.lacoopol.post.query.WallPage;
import fr.lacoopol.post.query.WallQuery;
import fr.lacoopol.readmodel.FeedCursor;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.GroupSpaces;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Posts and walls (PST-1 to PST-7): publish (JSON, or multipart with the file), read, comment, delete. A post the
 * caller may not see (P7) answers 404 like one that does not exist, and so does the wall of a member whose profile
 * they may not see (P4, P5).
 */
@RestController
@Tag(name = "Publications", description = "billets, images, vidéos, sons, fichiers, liens, murs et commentaires")
class PostController {

    record NewPost(@NotNull PostType type, @NotBlank String title, String text, String tags, String url,
                   boolean publicPost, boolean inSectionSpace,
                   @Size(max = GroupSpaces.MAX) List<@NotBlank String> groupIds) {
    }

    record NewComment(@NotBlank String body) {
    }

    record Created(String id) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PostUploads uploads;
    private final FileStore files;

    PostController(CommandGateway commands, QueryGateway queries, PostUploads uploads, FileStore files) {
        this.commands = commands;
        this.queries = queries;
        this.uploads = uploads;
        this.files = files;
    }

    @PostMapping(path = "/api/posts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publier (PST-1, PST-2) : un billet, une image ou une vidéo par son adresse, un lien",
            description = "type : ARTICLE (text en HTML : gras, italique, listes, liens), IMAGE (url), VIDEO (url d'une "
                    + "page YouTube, Dailymotion, Vimeo ou PeerTube), LINK (url). tags : séparés par des virgules. "
                    + "Espaces : publicPost, inSectionSpace (ma section), groupIds (mes groupes) ; aucun : public. "
                    + "Une image, un son ou un fichier envoyés : multipart, parties « post » (ce JSON) et « file ».")
    Created publish(@Valid @RequestBody NewPost request) {
        return publish(request, null, null);
    }

    @PostMapping(path = "/api/posts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publier avec un fichier (PST-1) : une image, un son MP3, un document, 8 Mo au plus",
            description = "Partie « post » : le JSON de la publication ; partie « file » : le fichier, reconnu à son "
                    + "contenu (jamais à son nom) ; une image est ré-encodée, sans ses métadonnées.")
    Created publishWithFile(@Valid @RequestPart("post") NewPost request, @RequestPart("file") MultipartFile file) {
        return publish(request, null, file);
    }

    @GetMapping("/api/posts/{postId}")
    @Operation(summary = "Une publication et ses commentaires (PST-4)")
    PostView post(@PathVariable String postId) {
        return visiblePost(postId);
    }

    @DeleteMapping("/api/posts/{postId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer une publication",
            description = "Son auteur, ou le membre sur le mur duquel elle est écrite (PST-6).")
    void delete(@PathVariable String postId) {
        visiblePost(postId);
        commands.sendAndWait(new DeletePostCommand(new PostId(postId), CurrentCaller.member()));
    }

    @GetMapping("/api/posts/{postId}/file")
    @Operation(summary = "Le son ou le document d'une publication", description = "À qui peut voir la publication.")
    ResponseEntity<Resource> file(@PathVariable String postId) {
        PostView.FileView file = visiblePost(postId).file();
        if (file == null) throw new NotFoundException();
        return files.find(FileStore.Area.POST_FILES, file.sha256())
                .map(path -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8)
                                        .build().toString())
                        .<Resource>body(new FileSystemResource(path)))
                .orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/posts/{postId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Commenter une publication (PST-4)", description = "Quiconque la voit peut la commenter.")
    Created comment(@PathVariable String postId, @Valid @RequestBody NewComment request) {
        String commentId = UUID.randomUUID().toString();
        commands.sendAndWait(new CommentPostCommand(new PostId(postId), commentId, CurrentCaller.member(),
                CurrentCaller.viewer().spaces(), request.body()));
        return new Created(commentId);
    }

    @DeleteMapping("/api/posts/{postId}/comments/{commentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer un commentaire (PST-4)",
            description = "Son auteur, l'auteur de la publication, ou un modérateur.")
    void deleteComment(@PathVariable String postId, @PathVariable String commentId) {
        visiblePost(postId);
        commands.sendAndWait(new DeletePostCommentCommand(new PostId(postId), commentId, CurrentCaller.member(),
                CurrentCaller.viewer().administrator()));
    }

    @GetMapping("/api/members/{memberId}/wall")
    @Operation(summary = "Le mur d'un membre (PST-3, PST-6)",
            description = "Ses publications, ce que d'autres y ont écrit, et son activité (nouveaux coopains, groupes et "
                    + "sections rejoints, statuts, participations), les plus récents d'abord, parmi ce que je peux voir. "
                    + "Chaque élément a soit post, soit activity. before : le curseur « next » de la page précédente.")
    WallPage wall(@PathVariable String memberId, @RequestParam(name = "before", required = false) String before,
                  @RequestParam(name = "size", defaultValue = "20") int size) {
        MemberId owner = visibleMember(memberId);
        Paging paging = Paging.of(0, size);
        Viewer viewer = CurrentCaller.viewer();
        // Two newest-first streams after the same cursor, merged: a page of the merge never repeats or skips.
        CompletableFuture<PostPage> posts = queries.query(new WallQuery(viewer, owner, before, paging.size()),
                PostPage.class);
        ActivityPage deeds = queries.query(new MemberActivityQuery(viewer, owner, false, before, paging.size()),
                ActivityPage.class).join();
        List<WallItem> merged = new ArrayList<>();
        posts.join().items().forEach(post -> merged.add(new WallItem(post, null)));
        deeds.items().forEach(deed -> merged.add(new WallItem(null, deed)));
        merged.sort(Comparator.comparing(PostController::at).thenComparing(PostController::id).reversed());
        boolean more = merged.size() > paging.size() || posts.join().next() != null || deeds.next() != null;
        List<WallItem> page = List.copyOf(merged.subList(0, Math.min(paging.size(), merged.size())));
        WallItem last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new WallPage(page, more && last != null ? new FeedCursor(at(last), id(last)).toString() : null);
    }

    private static Instant at(WallItem item) {
        return item.post() != null ? item.post().publishedAt() : item.activity().occurredAt();
    }

    private static String id(WallItem item) {
        return item.post() != null ? item.post().postId() : item.activity().activityId();
    }

    @GetMapping("/api/members/{memberId}/activity")
    @Operation(summary = "L'activité d'un membre (PST-6)",
            description = "Ses publications, nouveaux coopains, groupes et sections rejoints, statuts, participations, les "
                    + "plus récents d'abord, parmi ce que je peux voir. before : le curseur « next » de la page précédente.")
    ActivityPage activity(@PathVariable String memberId, @RequestParam(name = "before", required = false) String before,
                          @RequestParam(name = "size", defaultValue = "20") int size) {
        MemberId member = visibleMember(memberId);
        Paging paging = Paging.of(0, size);
        return queries.query(new MemberActivityQuery(CurrentCaller.viewer(), member, true, before, paging.size()),
                ActivityPage.class).join();
    }

    @PostMapping(path = "/api/members/{memberId}/wall", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Écrire sur le mur d'un membre (PST-6)",
            description = "Le même JSON qu'une publication ; son propriétaire peut la supprimer.")
    Created writeOnWall(@PathVariable String memberId, @Valid @RequestBody NewPost request) {
        return publish(request, visibleMember(memberId), null);
    }

    private Created publish(NewPost request, MemberId wallOwner, MultipartFile file) {
        MemberId author = CurrentCaller.member();
        Viewer viewer = CurrentCaller.viewer();
        List<GroupId> groups = GroupSpaces.chosenBy(viewer, request.groupIds());
        if (request.inSectionSpace() && viewer.sectionId() == null) {
            throw new InvalidValueException("inSectionSpace", "sans section, on ne publie pas dans l'espace de sa section");
        }
        Attachment attachment = file == null ? null : uploads.accept(request.type(), file);
        PostContent content = new PostContent(request.type(), request.title(), request.text(),
                request.tags() == null ? List.of() : List.of(request.tags()), request.url(), null,
                request.type() == PostType.IMAGE ? attachment : null,
                request.type() == PostType.IMAGE ? null : attachment);
        PostId id = PostId.random();
        commands.sendAndWait(new PublishPostCommand(id, author, viewer.sectionId(), wallOwner, content,
                new Publication(request.publicPost(), request.inSectionSpace(), groups)));
        return new Created(id.value());
    }

    private PostView visiblePost(String postId) {
        CurrentCaller.member();
        return queries.query(new FindPostQuery(CurrentCaller.viewer(), new PostId(postId)),
                ResponseTypes.optionalInstanceOf(PostView.class)).join().orElseThrow(NotFoundException::new);
    }

    /** P4, P5: a wall is seen, and written on, by whoever may see its owner's profile. */
    private MemberId visibleMember(String memberId) {
        CurrentCaller.member();
        MemberId member = new MemberId(memberId);
        VisibleMembers visible = queries.query(new VisibleMembersQuery(CurrentCaller.viewer(), List.of(member)),
                VisibleMembers.class).join();
        if (!visible.memberIds().contains(member)) throw new NotFoundException();
        return member;
    }
}
