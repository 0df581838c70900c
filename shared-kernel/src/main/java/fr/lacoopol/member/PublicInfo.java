package fr.lacoopol.member;

import java.util.Set;

/** PRO-5: shown on the profile to whoever may see it. Links must be http(s). */
public record PublicInfo(String profession, String hobbies, String website, String facebook, String twitter,
                         Set<PoliticalInterest> interests) {

    public static final PublicInfo NONE = new PublicInfo(null, null, null, null, null, Set.of());

    public PublicInfo {
        profession = Text.optional("profession", profession, 120);
        hobbies = Text.optionalParagraphs("hobbies", hobbies, 500);
        website = Links.optionalUrl("website", website);
        facebook = Links.optionalUrl("facebook", facebook);
        twitter = Text.optional("twitter", twitter, 200);
        interests = interests == null ? Set.of() : Set.copyOf(interests);
    }
}
