package fr.lacoopol.member.query;

import java.util.List;

/** NOT-1. */
public record NotificationAddresses(
        List<NotificationAddress> addresses) {
}
