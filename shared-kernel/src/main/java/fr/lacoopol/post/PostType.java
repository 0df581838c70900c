package fr.lacoopol.post;

/** PST-1: the six kinds of post. */
public enum PostType {
    /** A "billet": rich text, sanitised to the allowed formatting (PST-7). */
    ARTICLE,
    /** An uploaded picture, re-encoded, or the address of one (never fetched by the server). */
    IMAGE,
    /** A YouTube, Dailymotion, Vimeo or PeerTube video, as an embeddable player reference. */
    VIDEO,
    /** An uploaded MP3. */
    SOUND,
    /** An uploaded document of an allowed type. */
    FILE,
    /** An address. */
    LINK
}
