package fr.lacoopol.export.query;

import fr.lacoopol.ids.MemberId;

/** GDPR-1: what the read models hold that the member wrote or did. Asked only for the caller themself. */
public record ExportMemberDataQuery(MemberId memberId) {
}
