package fr.lacoopol.export.query;

import java.util.List;
import java.util.Map;

/**
 * GDPR-1: the member's own content and deeds, one list of rows per file of the archive. Values are strings,
 * numbers, booleans or lists of strings; instants are ISO-8601 strings. Other members appear only by id, and only
 * where the member already sees them (their coopains, who they wrote to in the open).
 */
public record MemberDataExport(
        List<Map<String, Object>> posts,
        List<Map<String, Object>> comments,
        List<Map<String, Object>> messages,
        List<Map<String, Object>> eventsCreated,
        List<Map<String, Object>> eventAnswers,
        List<Map<String, Object>> coopains,
        List<Map<String, Object>> groups) {
}
