package fr.lacoopol.member.query;

/** INV-2: members to invite, invitations sent, incomplete profiles. */
public record InvitationCounts(long toInvite, long sent, long incomplete) {
}
