package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.StoredFile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PRO-1: the re-encoded image, already in the file store. */
public record ChangeAvatarCommand(@TargetAggregateIdentifier MemberId memberId, StoredFile avatar) {
}
