package fr.lacoopol.member;

import java.util.List;

/** PRO-4. Never shown on the profile (P3): owner and section secretaries only. */
public record PoliticalActivities(String localEngagements, List<Mandate> mandates, List<String> partyResponsibilities,
                                  boolean youthMovementMember) {

    public static final PoliticalActivities NONE = new PoliticalActivities(null, List.of(), List.of(), false);

    public PoliticalActivities {
        localEngagements = Text.optionalParagraphs("localEngagements", localEngagements, 2000);
        mandates = mandates == null ? List.of() : List.copyOf(mandates);
        partyResponsibilities = partyResponsibilities == null ? List.of()
                : partyResponsibilities.stream().map(r -> Text.required("partyResponsibilities", r, 120)).toList();
        if (mandates.size() > 2) throw new InvalidValueException("mandates", "deux mandats au plus");
        if (partyResponsibilities.size() > 3) {
            throw new InvalidValueException("partyResponsibilities", "trois responsabilités au plus");
        }
    }
}
