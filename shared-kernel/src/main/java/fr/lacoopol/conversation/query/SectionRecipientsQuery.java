package fr.lacoopol.conversation.query;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import java.util.List;

/**
 * MSG-6, LST-3: the active members a section message reaches: the selected ones, a list, a zone, or the whole section.
 * A zone's manager may ask for their zone; everything else is for the section's secretaries. The ids go to the
 * command, never back to the caller (P6).
 */
public record SectionRecipientsQuery(
        Viewer viewer,
        SectionId sectionId,
        List<MemberId> memberIds,
        ListId listId,
        ZoneId zoneId,
        boolean wholeSection) {
}
