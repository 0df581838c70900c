package fr.lacoopol.post;

/** PST-1: a video as a player reference: its provider, its id there, the address of its embeddable player. */
public record VideoEmbed(
        String provider,
        String videoId,
        String playerUrl) {
}
