package fr.lacoopol.identity;

import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the rows of an imported file name (INV-5, CON-2): people and contacts already known. */
public interface ImportMatching {

    /** A person an imported row may name: by login e-mail anywhere, or by membership number in a section. */
    record PersonKey(MemberId memberId, SectionId sectionId, String email, String membershipNumber) {
    }

    /**
     * The people whose login e-mail is one of these (whatever their section: an e-mail names one account in
     * the whole network), and the section's people with one of these membership numbers.
     */
    List<PersonKey> peopleMatching(SectionId sectionId, Collection<String> emails, Collection<String> numbers);

    /** Which of these people exist. */
    Set<MemberId> existing(Collection<MemberId> memberIds);

    /** The section's contacts with one of these e-mails, by e-mail. */
    Map<String, ContactId> contactsByEmail(SectionId sectionId, Collection<String> emails);
}
