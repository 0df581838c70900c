package fr.lacoopol.post.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.fileUrl;
import static fr.lacoopol.readmodel.ReadModelValues.instant;
import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.MEMBER_PROFILE;
import static fr.lacoopol.readmodel.jooq.Tables.POST;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.agenda.query.CommentView;
import fr.lacoopol.comment.CommentSubject;
import fr.lacoopol.comment.postgres.CommentReads;
import fr.lacoopol.conversation.query.Participant;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.postgres.VisibleProfiles;
import fr.lacoopol.post.PostType;
import fr.lacoopol.post.VideoEmbed;
import fr.lacoopol.post.query.FindPostQuery;
import fr.lacoopol.post.query.MayViewPostImageQuery;
import fr.lacoopol.post.query.NetworkFeedQuery;
import fr.lacoopol.post.query.PostList;
import fr.lacoopol.post.query.PostPage;
import fr.lacoopol.post.query.PostView;
import fr.lacoopol.post.query.PostsByIdsQuery;
import fr.lacoopol.post.query.WallQuery;
import fr.lacoopol.readmodel.FeedCursor;
import fr.lacoopol.readmodel.jooq.tables.MemberProfile;
import fr.lacoopol.readmodel.jooq.tables.records.PostRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * PST: a post's page and a member's wall, for a viewer: P7 is a condition of every query, so that a post the viewer
 * may not see is neither shown, nor counted, nor its comments read.
 */
@Component
class PostQueries {

    private static final MemberProfile AUTHOR = MEMBER_PROFILE.as("author");
    private static final MemberProfile OWNER = MEMBER_PROFILE.as("owner");

    private final DSLContext db;
    private final CommentReads comments;

    PostQueries(DSLContext db, CommentReads comments) {
        this.db = db;
        this.comments = comments;
    }

    @QueryHandler
    Optional<PostView> handle(FindPostQuery query) {
        Viewer viewer = query.viewer();
        return select(viewer).where(POST.POST_ID.eq(query.postId().value())).and(VisiblePosts.to(viewer)).fetchOptional()
                .map(row -> {
                    PostView post = view(row, viewer);
                    List<CommentView> thread = comments.of(CommentSubject.post(post.postId()), viewer,
                            viewer.is(new MemberId(row.get(POST.AUTHOR_ID))));
                    return withComments(post, thread);
                });
    }

    @QueryHandler
    PostPage handle(WallQuery query) {
        return page(POST.WALL_ID.eq(query.memberId().value()), query.viewer(), query.before(), query.size());
    }

    @QueryHandler
    PostPage handle(NetworkFeedQuery query) {
        Viewer viewer = query.viewer();
        Condition scope = switch (query.scope()) {
            case ALL -> DSL.trueCondition();
            case SECTION -> viewer.sectionId() == null ? DSL.falseCondition()
                    : POST.SECTION_ID.eq(viewer.sectionId().value());
            case PARTY -> POST.PUBLIC_POST.isTrue();
            case GROUPS -> VisiblePosts.inGroups(viewer);
        };
        return page(POST.WALL_OWNER_ID.isNull().and(scope), viewer, query.before(), query.size());
    }

    /**
     * Newest first from a cursor: the rows older than the last one shown, so that a page never repeats or skips a post
     * while new ones arrive.
     */
    private PostPage page(Condition condition, Viewer viewer, String cursor, int size) {
        Condition where = condition.and(VisiblePosts.to(viewer));
        FeedCursor before = FeedCursor.parse(cursor);
        if (before != null) {
            where = where.and(DSL.row(POST.PUBLISHED_AT, POST.POST_ID).lt(utc(before.at()), before.id()));
        }
        List<PostView> items = select(viewer).where(where)
                .orderBy(POST.PUBLISHED_AT.desc(), POST.POST_ID.desc())
                .limit(size + 1)
                .fetch(row -> view(row, viewer));
        if (items.size() <= size) return new PostPage(items, null);
        List<PostView> page = items.subList(0, size);
        PostView last = page.get(page.size() - 1);
        return new PostPage(List.copyOf(page), new FeedCursor(last.publishedAt(), last.postId()).toString());
    }

    @QueryHandler
    PostList handle(PostsByIdsQuery query) {
        if (query.postIds().isEmpty()) return new PostList(List.of());
        Map<String, PostView> found = new HashMap<>();
        select(query.viewer()).where(POST.POST_ID.in(query.postIds())).and(VisiblePosts.to(query.viewer()))
                .fetch(row -> view(row, query.viewer())).forEach(post -> found.put(post.postId(), post));
        return new PostList(query.postIds().stream().map(found::get).filter(Objects::nonNull).toList());
    }

    @QueryHandler
    Boolean handle(MayViewPostImageQuery query) {
        return db.fetchExists(POST, POST.IMAGE_SHA256.eq(query.sha256()).and(VisiblePosts.to(query.viewer())));
    }

    /** The posts with their author and wall's owner, each named only if the viewer may see their profile (P4). */
    private org.jooq.SelectOnConditionStep<Record> select(Viewer viewer) {
        return db.select(POST.asterisk(), AUTHOR.FIRST_NAME, AUTHOR.LAST_NAME, OWNER.FIRST_NAME, OWNER.LAST_NAME,
                        VisibleProfiles.shown(viewer, AUTHOR), VisibleProfiles.shown(viewer, OWNER))
                .from(POST)
                .leftJoin(AUTHOR).on(AUTHOR.MEMBER_ID.eq(POST.AUTHOR_ID))
                .leftJoin(OWNER).on(OWNER.MEMBER_ID.eq(POST.WALL_OWNER_ID));
    }

    private static PostView view(Record row, Viewer viewer) {
        PostRecord post = row.into(POST);
        String me = viewer.isMember() ? viewer.memberId().value() : "";
        VideoEmbed video = post.getVideoProvider() == null ? null
                : new VideoEmbed(post.getVideoProvider(), post.getVideoId(), post.getPlayerUrl());
        PostView.FileView file = post.getFileSha256() == null ? null : new PostView.FileView(post.getFileName(),
                post.getFileType(), post.getFileSize(), post.getFileSha256(), "/api/posts/" + post.getPostId() + "/file");
        Participant owner = post.getWallOwnerId() == null ? null
                : named(row, OWNER, post.getWallOwnerId());
        return new PostView(post.getPostId(), PostType.valueOf(post.getType()), post.getTitle(), post.getText(),
                Arrays.asList(post.getTags()), post.getUrl(), video, fileUrl(post.getImageSha256()), file,
                named(row, AUTHOR, post.getAuthorId()), owner,
                post.getPublicPost(), post.getInSectionSpace(), Arrays.asList(post.getGroupIds()),
                instant(post.getPublishedAt()), me.equals(post.getAuthorId()) || me.equals(post.getWallOwnerId()), null);
    }

    private static Participant named(Record row, MemberProfile profile, String memberId) {
        if (!Boolean.TRUE.equals(row.get(profile.getName() + "_shown", Boolean.class))) return Participant.hidden();
        return new Participant(memberId, row.get(profile.FIRST_NAME), row.get(profile.LAST_NAME));
    }

    private static PostView withComments(PostView post, List<CommentView> thread) {
        return new PostView(post.postId(), post.type(), post.title(), post.text(), post.tags(), post.url(), post.video(),
                post.imageUrl(), post.file(), post.author(), post.wallOwner(), post.publicPost(), post.inSectionSpace(),
                post.groupIds(), post.publishedAt(), post.mayDelete(), thread);
    }
}
