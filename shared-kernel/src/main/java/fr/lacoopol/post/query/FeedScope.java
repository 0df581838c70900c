package fr.lacoopol.post.query;

/**
 * DASH-2: which posts of the network the feed shows: all the viewer may see, those of their section (written by its
 * members or published in its space), those of the whole party (public), those of their groups.
 */
public enum FeedScope {
    ALL, SECTION, PARTY, GROUPS
}
