package fr.lacoopol.readmodel;

import fr.lacoopol.member.Folding;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Searching a folded name column (lower case, accents removed) the way the directory does: every word typed
 * must start one of the name's words ("vic hug" finds Victor Hugo).
 */
public final class NameSearch {

    private NameSearch() {
    }

    public static Condition byName(Field<String> foldedName, String text) {
        String folded = Folding.fold(text);
        if (folded == null || folded.isEmpty()) return DSL.noCondition();
        Condition condition = DSL.noCondition();
        for (String word : folded.split("\\s+")) {
            String pattern = escapeLike(word) + "%";
            condition = condition.and(foldedName.like(pattern, '\\').or(foldedName.like("% " + pattern, '\\')));
        }
        return condition;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
