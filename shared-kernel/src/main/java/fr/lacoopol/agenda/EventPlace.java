package fr.lacoopol.agenda;

/** EVT-2: where it happens; the street is required, the rest helps find it. */
public record EventPlace(
        String street,
        String complement,
        String postalCode,
        String city) {
}
