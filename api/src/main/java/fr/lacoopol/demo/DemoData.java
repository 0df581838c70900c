package fr.lacoopol.demo;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.batches.CommandBatches;
import fr.lacoopol.access.MessageOrigin;
import fr.lacoopol.access.Spaces;
import fr.lacoopol.agenda.Answer;
import fr.lacoopol.agenda.EventDescription;
import fr.lacoopol.agenda.EventPlace;
import fr.lacoopol.agenda.EventType;
import fr.lacoopol.agenda.command.AnswerCommand;
import fr.lacoopol.agenda.command.CreateEventCommand;
import fr.lacoopol.agenda.command.InviteCommand;
import fr.lacoopol.group.GroupAccess;
import fr.lacoopol.group.command.CreateGroupCommand;
import fr.lacoopol.group.command.JoinGroupCommand;
import fr.lacoopol.auth.PasswordPolicy;
import fr.lacoopol.contact.ContactDetails;
import fr.lacoopol.contact.command.AddContactCommand;
import fr.lacoopol.conversation.command.ReplyCommand;
import fr.lacoopol.conversation.command.StartConversationCommand;
import fr.lacoopol.coopain.command.AcceptCoopainRequestCommand;
import fr.lacoopol.coopain.command.AskCoopainCommand;
import fr.lacoopol.identity.Accounts;
import fr.lacoopol.identity.Placements;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.JoinRequestId;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import fr.lacoopol.joinrequest.command.SubmitPreRegistrationCommand;
import fr.lacoopol.lists.command.CreateListCommand;
import fr.lacoopol.lists.command.CreateZoneCommand;
import fr.lacoopol.lists.command.LocaliseMembersInZoneCommand;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.PublicInfo;
import fr.lacoopol.member.Sex;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.command.AcceptInvitationCommand;
import fr.lacoopol.member.command.ChangePublicInfoCommand;
import fr.lacoopol.member.command.ChangeVisibilityCommand;
import fr.lacoopol.member.command.CreatePersonToInviteCommand;
import fr.lacoopol.member.command.InviteMemberCommand;
import fr.lacoopol.organisation.SectionAddress;
import fr.lacoopol.organisation.command.AppointReferentCommand;
import fr.lacoopol.organisation.command.AppointSecretaryCommand;
import fr.lacoopol.organisation.command.CreateFederationCommand;
import fr.lacoopol.organisation.command.CreateSectionCommand;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * OPS-1 demo data: the section, members and places of the manual's screenshots, so that a newcomer logs in
 * at once. Loaded through the same commands as the API (so through the same rules and events), once: a
 * restart finds them there and loads nothing. Every account's password is {@value #PASSWORD}.
 */
@Component
class DemoData {

    static final String PASSWORD = "coopol-demo-2026";
    private static final String LUCIE = "lucie.six@demo.lacoopol.fr";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    private final CoopolProperties properties;
    private final CommandGateway commands;
    private final CommandBatches batches;
    private final Accounts accounts;
    private final Placements placements;
    private final PasswordPolicy passwords;
    private final Clock clock;
    private final EventStore eventStore;
    private final DemoPosts posts;

    DemoData(CoopolProperties properties, CommandGateway commands, CommandBatches batches, Accounts accounts,
             Placements placements, PasswordPolicy passwords, Clock clock, EventStore eventStore, DemoPosts posts) {
        this.batches = batches;
        this.eventStore = eventStore;
        this.posts = posts;
        this.properties = properties;
        this.commands = commands;
        this.accounts = accounts;
        this.placements = placements;
        this.passwords = passwords;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnRequest() {
        if (!properties.demo()) return;
        if (accounts.emailTaken(new EmailAddress("camille.referent@demo.lacoopol.fr"))) {
            LOG.info("demo data already loaded");
        } else {
            load();
            LOG.info("demo data loaded; every demo account's password is {}", PASSWORD);
        }
        if (accounts.emailTaken(new EmailAddress(LUCIE))) {
            LOG.info("demo section-management data already loaded");
        } else {
            loadSectionManagement();
        }
        MemberId virginie = demoMember("virginie.deux");
        MemberId albin = demoMember("albin.trois");
        if (eventStore.lastSequenceNumberFor(CoopainshipId.between(virginie, albin).value()).isPresent()) {
            LOG.info("demo network data already loaded");
        } else {
            loadNetwork(virginie, albin);
        }
        EventId sectionMeeting = new EventId("demo-reunion-solferino");
        if (eventStore.lastSequenceNumberFor(sectionMeeting.value()).isPresent()) {
            LOG.info("demo agenda already loaded");
        } else {
            loadAgenda(sectionMeeting, virginie, albin);
        }
        GroupId housing = new GroupId("demo-groupe-logement");
        if (eventStore.lastSequenceNumberFor(housing.value()).isPresent()) {
            LOG.info("demo groups already loaded");
        } else {
            loadGroups(housing, virginie, albin);
        }
        if (eventStore.lastSequenceNumberFor(DemoPosts.ARTICLE.value()).isPresent()) {
            LOG.info("demo posts already loaded");
        } else {
            MemberId sabine = demoMember("sabine.un");
            posts.load(this::send, placements.placement(sabine).orElseThrow().sectionId(), sabine, virginie, albin,
                    demoMember("victor.martin"), housing, new GroupId("demo-groupe-colleurs"));
        }
        if (properties.demoMembers() > 0) {
            // Minutes for a large volume: the application serves meanwhile, and the log tells the progress.
            SyntheticMembers synthetic = new SyntheticMembers(commands, batches, accounts, placements, passwords, properties, clock);
            Thread loader = new Thread(() -> synthetic.ensure(properties.demoMembers()), "synthetic-members");
            loader.setDaemon(true);
            loader.start();
        }
    }

    void load() {

        FederationId paris = FederationId.random();
        send(new CreateFederationCommand(paris, "Paris", "75"));
        MemberId camille = activeMember(paris, null, MembershipType.MEMBER, "Camille", "Referent",
                new Coordinates("01 45 56 77 00", null, "10 rue de Solférino", null, "75007", "Paris", "France"), null);
        send(new AppointReferentCommand(paris, camille));

        SectionId solferino = SectionId.random();
        send(new CreateSectionCommand(solferino, paris, "Solferino",
                new SectionAddress("10 rue de Solferino", "75007", "Paris")));
        MemberId sabine = activeMember(paris, solferino, MembershipType.MEMBER, "Sabine", "Un",
                new Coordinates("01 47 05 11 11", "06 11 11 11 11", "12 rue de Grenelle", null, "75007", "Paris", "France"), null);
        send(new AppointSecretaryCommand(solferino, sabine));
        MemberId virginie = activeMember(paris, solferino, MembershipType.MEMBER, "Virginie", "Deux",
                new Coordinates("01 43 22 22 22", "06 22 22 22 22", "5 rue de la Roquette", "bâtiment B", "75011", "Paris", "France"),
                new PersonalInfo(Sex.FEMALE, LocalDate.of(1985, 5, 14)));
        send(new ChangeVisibilityCommand(virginie, Visibility.EVERYONE));
        activeMember(paris, solferino, MembershipType.MEMBER, "Albin", "Trois",
                new Coordinates("01 44 33 33 33", "06 33 33 33 33", "8 rue du Bac", null, "75007", "Paris", "France"), null);
        MemberId gregoire = activeMember(paris, solferino, MembershipType.MEMBER, "Grégoire", "Quatre",
                new Coordinates("01 45 44 44 44", "06 44 44 44 44", "3 rue Las Cases", null, "75007", "Paris", "France"), null);
        send(new ChangeVisibilityCommand(gregoire, Visibility.SECRETARY_ONLY));

        FederationId eureEtLoir = FederationId.random();
        send(new CreateFederationCommand(eureEtLoir, "Eure-et-Loir", "28"));
        SectionId chartres = SectionId.random();
        send(new CreateSectionCommand(chartres, eureEtLoir, "Chartres", new SectionAddress(null, "28000", "Chartres")));
        MemberId cedric = activeMember(eureEtLoir, chartres, MembershipType.MEMBER, "Cédric", "Cinq",
                new Coordinates("02 37 55 55 55", "06 55 55 55 55", "1 place des Épars", null, "28000", "Chartres", "France"), null);
        send(new AppointSecretaryCommand(chartres, cedric));
        MemberId victor = activeMember(eureEtLoir, chartres, MembershipType.SUPPORTER, "Victor", "Martin",
                new Coordinates("02 37 66 66 66", "06 66 66 66 66", "14 rue du Cheval Blanc", null, "28000", "Chartres", "France"),
                new PersonalInfo(Sex.MALE, LocalDate.of(1978, 1, 2)));
        send(new ChangeVisibilityCommand(victor, Visibility.EVERYONE));
        send(new ChangePublicInfoCommand(victor,
                new PublicInfo("professeur des écoles", null, null, null, null, Set.of())));
    }

    /**
     * What Sabine Un, secretary of Solferino, manages (issue 3): members to invite and an incomplete profile, the
     * list "Les sympathisants de Solfé", the zone "Bastille sud" managed by Virginie Deux with two members
     * localised in it, a few outside contacts and a pending pre-registration. Loaded on its own, so that a
     * database with the first demo data gets it too.
     */
    void loadSectionManagement() {
        MemberId sabine = demoMember("sabine.un");
        MemberId virginie = demoMember("virginie.deux");
        MemberId albin = demoMember("albin.trois");
        Placements.MemberPlacement placement = placements.placement(sabine).orElseThrow();
        SectionId solferino = placement.sectionId();
        FederationId paris = placement.federationId();
        send(new CreatePersonToInviteCommand(MemberId.random(), paris, solferino, MembershipType.SUPPORTER,
                new PersonName("Lucie", "Six"), new EmailAddress(LUCIE),
                new Coordinates(null, "06 77 77 77 77", null, null, "75007", "Paris", "France"), PersonalInfo.NONE, null, null));
        send(new CreatePersonToInviteCommand(MemberId.random(), paris, solferino, MembershipType.MEMBER,
                new PersonName("Jean", "Sept"), new EmailAddress("jean.sept@demo.lacoopol.fr"),
                Coordinates.NONE, PersonalInfo.NONE, "PS-075-0007", LocalDate.of(2019, 9, 1)));
        send(new CreatePersonToInviteCommand(MemberId.random(), paris, solferino, MembershipType.MEMBER,
                new PersonName("Marc", "Huit"), null, new Coordinates("01 40 88 88 88", null, null, null, "75007", "Paris", null),
                PersonalInfo.NONE, "PS-075-0008", null));
        send(new CreateListCommand(ListId.random(), solferino, "Les sympathisants de Solfé"));
        ZoneId bastille = ZoneId.random();
        send(new CreateZoneCommand(bastille, solferino, "Bastille sud",
                "<p>De la place de la Bastille à la rue de Charonne : <strong>marchés</strong> du jeudi et du dimanche.</p>",
                virginie));
        send(new LocaliseMembersInZoneCommand(bastille, solferino, Set.of(virginie, albin)));
        send(new AddContactCommand(ContactId.random(), solferino, new ContactDetails(new PersonName("Hélène", "Dupuis"),
                "Association des commerçants de la Bastille", new EmailAddress("helene.dupuis@contacts.demo.lacoopol.fr"))));
        send(new AddContactCommand(ContactId.random(), solferino, new ContactDetails(new PersonName("Karim", "Benali"),
                "Amicale des locataires du 7e", new EmailAddress("karim.benali@contacts.demo.lacoopol.fr"))));
        send(new AddContactCommand(ContactId.random(), solferino, new ContactDetails(new PersonName("Odile", "Marchand"),
                null, new EmailAddress("odile.marchand@contacts.demo.lacoopol.fr"))));
        send(new SubmitPreRegistrationCommand(JoinRequestId.random(), solferino, paris, new PersonName("Paul", "Neuf"),
                new EmailAddress("paul.neuf@demo.lacoopol.fr"), "75007"));
    }

    /**
     * The network (issue 4): Virginie Deux and Albin Trois are coopains; Victor Martin asked Virginie, who has
     * not answered yet; Sabine Un wrote to both and Virginie replied; Virginie wrote to her zone "Bastille sud".
     */
    void loadNetwork(MemberId virginie, MemberId albin) {
        MemberId sabine = demoMember("sabine.un");
        MemberId victor = demoMember("victor.martin");
        CoopainshipId virginieAndAlbin = CoopainshipId.between(virginie, albin);
        send(new AskCoopainCommand(virginieAndAlbin, virginie, albin));
        send(new AcceptCoopainRequestCommand(virginieAndAlbin, albin));
        send(new AskCoopainCommand(CoopainshipId.between(victor, virginie), victor, virginie));
        ConversationId meeting = ConversationId.random();
        send(new StartConversationCommand(meeting, UUID.randomUUID().toString(), sabine, List.of(virginie, albin),
                "Réunion de section jeudi", "Bonjour à tous les deux, la réunion de section aura lieu jeudi à 19h au "
                        + "local. Pouvez-vous apporter les tracts du marché ?", false, null));
        send(new ReplyCommand(meeting, UUID.randomUUID().toString(), virginie, "Bien sûr, j'apporte les tracts. À jeudi !"));
        SectionId solferino = placements.placement(sabine).orElseThrow().sectionId();
        send(new StartConversationCommand(ConversationId.random(), UUID.randomUUID().toString(), virginie, List.of(albin),
                "Marché de dimanche", "Rendez-vous dimanche à 9h au marché Bastille pour la distribution.", false,
                solferino));
    }

    /**
     * The agenda of the manual's screenshots (EVT): Solferino's section meeting next Thursday, its 3 places taken by
     * Sabine, Virginie and Albin, Grégoire on the waiting list; Virginie's public leafleting on Sunday, Albin maybe,
     * Victor of Chartres joining; a private bureau meeting to which Virginie has not answered yet.
     */
    void loadAgenda(EventId sectionMeeting, MemberId virginie, MemberId albin) {
        MemberId sabine = demoMember("sabine.un");
        MemberId gregoire = demoMember("gregoire.quatre");
        MemberId victor = demoMember("victor.martin");
        SectionId solferino = placements.placement(sabine).orElseThrow().sectionId();
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        EventPlace local = new EventPlace("10 rue de Solférino", null, "75007", "Paris");
        LocalDateTime thursday = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY)).atTime(19, 0);
        send(new CreateEventCommand(sectionMeeting, sabine, solferino, new EventDescription(EventType.SECTION_MEETING,
                "Réunion de la section Solferino", thursday, thursday.plusHours(2), local,
                "Ordre du jour : l'arrivée de la coopol, la préparation des marchés.", false, true, 3, List.of()),
                "Venez nombreux, il y aura des tracts pour tout le monde.", 5, 24));
        send(new InviteCommand(sectionMeeting, sabine, List.of(virginie, albin, gregoire)));
        for (MemberId member : List.of(sabine, virginie, albin, gregoire)) {
            send(new AnswerCommand(sectionMeeting, member, Spaces.ofSection(solferino), Answer.YES));
        }

        EventId leafleting = new EventId("demo-tractage-bastille");
        LocalDateTime sunday = today.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).atTime(9, 0);
        send(new CreateEventCommand(leafleting, virginie, solferino, new EventDescription(EventType.LEAFLETING,
                "Tractage au marché Bastille", sunday, sunday.plusHours(3),
                new EventPlace("Boulevard Richard-Lenoir", "côté place de la Bastille", "75011", "Paris"),
                "Distribution du tract sur le logement.", true, false, null, List.of()), null, 0, 24));
        send(new InviteCommand(leafleting, virginie, List.of(albin)));
        send(new AnswerCommand(leafleting, albin, Spaces.ofSection(solferino), Answer.MAYBE));
        send(new AnswerCommand(leafleting, victor, Spaces.ofSection(null), Answer.YES));

        EventId bureau = new EventId("demo-bureau-prive");
        LocalDateTime monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1).atTime(20, 0);
        send(new CreateEventCommand(bureau, sabine, solferino, new EventDescription(EventType.MEETING,
                "Bureau de section", monday, monday.plusHours(1), local, "Réunion privée du bureau.", false, false,
                null, List.of()), null, 0, 24));
        send(new InviteCommand(bureau, sabine, List.of(virginie)));
    }

    /**
     * Groups (GRP): Virginie's open "Logement pour tous", which Albin, Sabine and Victor of Chartres joined; Albin's
     * "Colleurs du 7e" on request, where Grégoire waits to be accepted, and a poster mission published only there.
     */
    void loadGroups(GroupId housing, MemberId virginie, MemberId albin) {
        MemberId sabine = demoMember("sabine.un");
        MemberId gregoire = demoMember("gregoire.quatre");
        MemberId victor = demoMember("victor.martin");
        send(new CreateGroupCommand(housing, virginie, "Logement pour tous",
                "Échanges et actions sur le logement : encadrement des loyers, logement social, mal-logement.",
                GroupAccess.OPEN));
        for (MemberId member : List.of(albin, sabine, victor)) send(new JoinGroupCommand(housing, member, member));

        GroupId gluers = new GroupId("demo-groupe-colleurs");
        send(new CreateGroupCommand(gluers, albin, "Colleurs du 7e",
                "Les collages d'affiches du 7e arrondissement, le samedi matin.", GroupAccess.ON_REQUEST));
        send(new JoinGroupCommand(gluers, virginie, virginie));
        send(new JoinGroupCommand(gluers, albin, virginie));
        send(new JoinGroupCommand(gluers, gregoire, gregoire));
        LocalDateTime saturday = LocalDate.now(clock.withZone(PARIS)).with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                .atTime(8, 30);
        SectionId solferino = placements.placement(albin).orElseThrow().sectionId();
        send(new CreateEventCommand(new EventId("demo-collage-7e"), albin, solferino, new EventDescription(
                EventType.POSTER_GLUING, "Collage d'affiches rue Cler", saturday, saturday.plusHours(2),
                new EventPlace("Rue Cler", null, "75007", "Paris"), "Rendez-vous au métro École militaire.", false, false,
                null, List.of(gluers)), null, 0, 24));
    }

    private MemberId demoMember(String firstDotLast) {
        return accounts.loginAccount(new EmailAddress(firstDotLast + "@demo.lacoopol.fr")).orElseThrow().memberId();
    }

    /** A person recorded, invited and having accepted the charter, as if they had followed their e-mail. */
    private MemberId activeMember(FederationId federation, SectionId section, MembershipType type,
                                  String firstName, String lastName, Coordinates coordinates, PersonalInfo personal) {
        MemberId member = MemberId.random();
        String email = ascii(firstName) + "." + ascii(lastName) + "@demo.lacoopol.fr";
        send(new CreatePersonToInviteCommand(member, federation, section, type, new PersonName(firstName, lastName),
                new EmailAddress(email), coordinates, personal == null ? PersonalInfo.NONE : personal, null, null));
        String invitation = UUID.randomUUID().toString();
        send(new InviteMemberCommand(member, invitation, clock.instant().plus(properties.invitationTtl())));
        send(new AcceptInvitationCommand(member, invitation, true, properties.charterVersion(), passwords.hashNew(PASSWORD),
                clock.instant()));
        return member;
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(MessageOrigin.ACTOR, DemoActor.NAME)));
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }
}
