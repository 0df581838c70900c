package fr.lacoopol.post.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.POST;

import fr.lacoopol.ids.GroupId;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModerationDecision;
import fr.lacoopol.post.Attachment;
import fr.lacoopol.post.PostContent;
import fr.lacoopol.post.event.PostDeletedEvent;
import fr.lacoopol.post.event.PostPublishedEvent;
import fr.lacoopol.readmodel.jooq.tables.records.PostRecord;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Posts (PST): one row each while it exists. A post published twice is kept once; deleted twice, gone once. */
@Component
@ProcessingGroup(PostsProjection.PROCESSING_GROUP)
class PostsProjection {

    static final String PROCESSING_GROUP = "posts";

    private final DSLContext db;

    PostsProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(PostPublishedEvent event, @Timestamp Instant at) {
        PostContent content = event.content();
        PostRecord row = db.newRecord(POST);
        row.setPostId(event.postId().value());
        row.setAuthorId(event.authorId().value());
        row.setSectionId(event.sectionId() == null ? null : event.sectionId().value());
        row.setWallOwnerId(event.wallOwnerId() == null ? null : event.wallOwnerId().value());
        row.setWallId(event.wallOwnerId() == null ? event.authorId().value() : event.wallOwnerId().value());
        row.setType(content.type().name());
        row.setTitle(content.title());
        row.setText(content.text());
        row.setTags(content.tags().toArray(String[]::new));
        row.setUrl(content.url());
        if (content.video() != null) {
            row.setVideoProvider(content.video().provider());
            row.setVideoId(content.video().videoId());
            row.setPlayerUrl(content.video().playerUrl());
        }
        if (content.image() != null) row.setImageSha256(content.image().sha256());
        Attachment file = content.attachment();
        if (file != null) {
            row.setFileSha256(file.sha256());
            row.setFileType(file.contentType());
            row.setFileSize(file.size());
            row.setFileName(file.fileName());
        }
        row.setPublicPost(event.publication().publicPost());
        row.setInSectionSpace(event.publication().inSectionSpace());
        row.setGroupIds(event.publication().groupIds().stream().map(GroupId::value).toArray(String[]::new));
        row.setPublishedAt(utc(at));
        db.insertInto(POST).set(row).onConflictDoNothing().execute();
    }

    @EventHandler
    void on(PostDeletedEvent event) {
        db.deleteFrom(POST).where(POST.POST_ID.eq(event.postId().value())).execute();
    }

    /** MOD-1: hidden by a moderator, or shown again. */
    @EventHandler
    void on(ModerationDecision decision) {
        if (decision.kind() != ContentKind.POST) return;
        db.update(POST).set(POST.HIDDEN, decision.hidden()).where(POST.POST_ID.eq(decision.contentId())).execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(POST).execute();
    }
}
