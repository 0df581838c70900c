package fr.lacoopol.joinrequest.query;

import java.util.List;

/** SEC-4. */
public record JoinRequestPage(List<JoinRequestView> items, long total, int page, int size) {
}
