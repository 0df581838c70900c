package fr.lacoopol.web;

/** A domain refusal as it crosses Axon Server: the details of a CommandExecutionException. */
public record RemoteDomainError(int status, String code, String message) {
}
