package fr.lacoopol.member;

public record Mandate(String title, String domain) {

    public Mandate {
        title = Text.required("mandates.title", title, 120);
        domain = Text.optional("mandates.domain", domain, 120);
    }
}
