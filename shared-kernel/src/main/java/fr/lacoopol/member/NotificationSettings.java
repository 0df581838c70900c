package fr.lacoopol.member;

/** PRO-1: the three e-mail switches. Invitations and security e-mails are always sent. */
public record NotificationSettings(boolean newMessage, boolean wallPost, boolean coopainRequest) {

    public static final NotificationSettings ALL_ON = new NotificationSettings(true, true, true);
}
