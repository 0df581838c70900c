package fr.lacoopol.conversation.query;

/**
 * A participant as the others see them: a name, never an address. A member whose profile the viewer may not see
 * (P4) is named nowhere: neither id nor name ({@link #hidden()}), "un membre" to the reader.
 */
public record Participant(
        String memberId,
        String firstName,
        String lastName) {

    public static Participant hidden() {
        return new Participant(null, null, null);
    }
}
