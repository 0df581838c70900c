package fr.lacoopol.member.query;

/** PRO-7 activity counters. Features that fill them (coopains, groups, events) come with their issues. */
public record ProfileCounters(
        long coopains,
        long groups,
        long missions,
        long meetings,
        long eventsCreated,
        long groupsCreated,
        long membersRecruited,
        long doorToDoorMissions) {
}
