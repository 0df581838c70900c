package fr.lacoopol.contact.web;

import fr.lacoopol.auth.AccountLinks;
import fr.lacoopol.contact.ContactDetails;
import fr.lacoopol.contact.command.AddContactCommand;
import fr.lacoopol.contact.command.ChangeContactCommand;
import fr.lacoopol.contact.command.DeleteContactCommand;
import fr.lacoopol.contact.query.ContactPage;
import fr.lacoopol.contact.query.ContactView;
import fr.lacoopol.contact.query.Contacts;
import fr.lacoopol.contact.query.FindContactsQuery;
import fr.lacoopol.contact.query.ListContactsQuery;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.organisation.command.SendContactEmailCommand;
import fr.lacoopol.organisation.web.ManagedSections.ManagedSection;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CONTACTS tab: people outside la coopol a section writes to (CON-1), and e-mails to them (CON-3), each
 * with its unsubscribe link; whoever unsubscribed is skipped and counted.
 */
@RestController
@Tag(name = "Contacts", description = "contacts hors de la coopol et courriels")
class ContactController {

    record ContactRequest(@NotBlank String firstName, @NotBlank String lastName, String organisation,
                          @NotBlank String email) {

        ContactDetails details() {
            return new ContactDetails(new PersonName(firstName, lastName), organisation, new EmailAddress(email));
        }
    }

    record EmailRequest(@NotEmpty List<String> contactIds, @NotBlank String subject, @NotBlank String body) {
    }

    /** How many e-mails leave, and how many chosen contacts are skipped because they unsubscribed. */
    record EmailQueued(String mailingId, int recipients, int unsubscribedSkipped) {
    }

    record Created(String id) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AccountLinks accountLinks;

    ContactController(CommandGateway commands, QueryGateway queries, AccountLinks accountLinks) {
        this.commands = commands;
        this.queries = queries;
        this.accountLinks = accountLinks;
    }

    @PostMapping("/api/sections/{sectionId}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ajouter un contact (CON-1)", description = "Une adresse e-mail ne sert qu'à un contact par section.")
    Created add(ManagedSection section, @Valid @RequestBody ContactRequest request) {
        ContactId contact = ContactId.random();
        commands.sendAndWait(new AddContactCommand(contact, section.id(), request.details()));
        return new Created(contact.value());
    }

    @GetMapping("/api/sections/{sectionId}/contacts")
    @Operation(summary = "Les contacts de la section (CON-1)")
    ContactPage list(ManagedSection section,
                     @RequestParam(name = "q", required = false) String q,
                     @RequestParam(name = "page", defaultValue = "0") int page,
                     @RequestParam(name = "size", defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        return queries.query(new ListContactsQuery(section.viewer(), section.id(), q, paging.page(), paging.size()),
                ContactPage.class).join();
    }

    @PutMapping("/api/sections/{sectionId}/contacts/{contactId}")
    @Operation(summary = "Modifier un contact (CON-1)")
    void change(ManagedSection section, @PathVariable String contactId,
                @Valid @RequestBody ContactRequest request) {
        commands.sendAndWait(new ChangeContactCommand(new ContactId(contactId), section.id(), request.details()));
    }

    @DeleteMapping("/api/sections/{sectionId}/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer un contact (CON-1)")
    void delete(ManagedSection section, @PathVariable String contactId) {
        commands.sendAndWait(new DeleteContactCommand(new ContactId(contactId), section.id()));
    }

    @PostMapping("/api/sections/{sectionId}/contact-emails")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Écrire aux contacts choisis (CON-3)",
            description = "Un courriel par contact, au nom de la section, avec un lien de désinscription ; les contacts "
                    + "désinscrits sont sautés et comptés. Personne ne voit l'adresse d'un autre.")
    EmailQueued email(ManagedSection section, @Valid @RequestBody EmailRequest request) {
        List<ContactId> chosen = new LinkedHashSet<>(request.contactIds()).stream().map(ContactId::new).toList();
        List<ContactView> found = queries.query(new FindContactsQuery(section.id(), chosen), Contacts.class).join().items();
        if (found.size() != chosen.size()) {
            throw new InvalidValueException("contactIds", "certains contacts n'existent pas dans la section");
        }
        int unsubscribed = (int) found.stream().filter(ContactView::unsubscribed).count();
        String mailingId = UUID.randomUUID().toString();
        commands.sendAndWait(new SendContactEmailCommand(section.id(), mailingId, section.viewer().memberId(),
                request.subject(), request.body(), chosen));
        return new EmailQueued(mailingId, found.size() - unsubscribed, unsubscribed);
    }

    @PostMapping("/api/contact-unsubscriptions/{token}")
    @Operation(summary = "Se désinscrire des courriels d'une section (CON-3), sans compte",
            description = "Le lien de chaque courriel ; un clic suffit (RFC 8058). Répéter ne change rien.")
    void unsubscribe(@PathVariable String token) {
        accountLinks.unsubscribeContact(token);
    }
}
