package fr.lacoopol.conversation.query;

/** A participant as the others see them: a name, never an address. */
public record Participant(
        String memberId,
        String firstName,
        String lastName) {
}
