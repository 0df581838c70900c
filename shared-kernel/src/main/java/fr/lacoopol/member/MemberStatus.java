package fr.lacoopol.member;

/** PRO-6: a short text and/or a link. */
public record MemberStatus(String text, String link) {

    public MemberStatus {
        text = Text.optional("text", text, 280);
        link = Links.optionalUrl("link", link);
        if (text == null && link == null) throw new InvalidValueException("text", "le statut est vide");
    }
}
