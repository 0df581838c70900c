package fr.lacoopol.identity;

import fr.lacoopol.eventstore.MemberKeys;
import fr.lacoopol.ids.MemberId;
import org.springframework.stereotype.Component;

/** Erased means the member's key is gone: their personal fields then read as null everywhere. */
@Component
class MemberKeyErasure implements PersonalDataErasure {

    private final MemberKeys keys;

    MemberKeyErasure(MemberKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean isErased(MemberId member) {
        return keys.existingKey(member.value()).isEmpty();
    }
}
