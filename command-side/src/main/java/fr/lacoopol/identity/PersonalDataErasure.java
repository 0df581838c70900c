package fr.lacoopol.identity;

import fr.lacoopol.ids.MemberId;

/**
 * The identity context's door to crypto-shredding (GDPR-2): whether a member's personal data have been erased,
 * that is, whether the key their personal fields were encrypted under is gone.
 */
public interface PersonalDataErasure {

    boolean isErased(MemberId member);
}
