package fr.lacoopol.activity.query;

import java.util.List;

/** A page of activity, newest first; next: the cursor of the following page, null at the end. */
public record ActivityPage(
        List<ActivityView> items,
        String next) {
}
