package fr.lacoopol.demo;

import fr.lacoopol.access.MessageOrigin;
import fr.lacoopol.CoopolProperties;
import fr.lacoopol.batches.CommandBatches;
import fr.lacoopol.identity.Accounts;
import fr.lacoopol.identity.Placements;
import fr.lacoopol.auth.PasswordPolicy;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.Coordinates;
import fr.lacoopol.member.EmailAddress;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.PersonName;
import fr.lacoopol.member.PersonalInfo;
import fr.lacoopol.member.Visibility;
import fr.lacoopol.member.command.AcceptInvitationCommand;
import fr.lacoopol.member.command.ChangeVisibilityCommand;
import fr.lacoopol.member.command.CreatePersonToInviteCommand;
import fr.lacoopol.member.command.InviteMemberCommand;
import fr.lacoopol.organisation.command.CreateFederationCommand;
import fr.lacoopol.organisation.command.AppointSecretaryCommand;
import fr.lacoopol.organisation.command.CreateSectionCommand;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Volume for the benchmarks: members {@code membre.000001@demo.lacoopol.fr}… of a federation "Volume" (99),
 * spread over 20 sections, 70% EVERYONE, 20% NETWORK, 10% SECRETARY_ONLY, created through the same commands
 * as everything else (recorded, invited, accepted) — only the password hash is computed once for all. The
 * first is the secretary of their section (members 1, 21, 41…).
 *
 * <p>The commands of {@link #MEMBERS_PER_BATCH} members at a time are carried out together, as an import's are
 * ({@link CommandBatches}): one transaction and one append of their events instead of one of each per command.
 * Created once: the members already there are not created again.
 */
class SyntheticMembers {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticMembers.class);
    private static final String[] FIRST = {"Marie", "Jean", "Léa", "Hugo", "Chloé", "Lucas", "Inès", "Louis", "Jade",
            "Gabriel", "Zoé", "Raphaël", "Manon", "Arthur", "Camille", "Jules", "Sarah", "Adam", "Élise", "Noé",
            "Amélie", "Théo", "Clémence", "Mathis", "Océane", "Étienne", "Margaux", "Rémi", "Agathe", "Benoît"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "García", "David", "Bertrand",
            "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert",
            "Bonnet", "François", "Martinez", "Légaré", "Chévenement", "Aubry", "Jospin", "Mauroy", "Bérégovoy"};
    private static final int SECTIONS = 20;
    static final int MEMBERS_PER_BATCH = 100;
    private static final int WORKERS = 4;
    private static final String VOLUME_DEPARTMENT = "99";

    private final CommandGateway commands;
    private final CommandBatches batches;
    private final Accounts accounts;
    private final Placements placements;
    private final PasswordPolicy passwords;
    private final CoopolProperties properties;
    private final Clock clock;

    SyntheticMembers(CommandGateway commands, CommandBatches batches, Accounts accounts, Placements placements,
                     PasswordPolicy passwords, CoopolProperties properties, Clock clock) {
        this.commands = commands;
        this.batches = batches;
        this.accounts = accounts;
        this.placements = placements;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates the members numbered up to {@code count} that are not there yet; says how many it created. */
    int ensure(int count) {
        int first = firstMissing(count);
        if (first > count) {
            LOG.info("{} synthetic members already there", count);
            return 0;
        }
        // A resumed load puts the rest in new sections of their own: only the addresses must be unique.
        FederationId federation = placements.federationOfDepartment(VOLUME_DEPARTMENT).orElseGet(() -> {
            FederationId created = FederationId.random();
            send(new CreateFederationCommand(created, "Volume", VOLUME_DEPARTMENT));
            return created;
        });
        List<SectionId> sections = new ArrayList<>();
        for (int s = 0; s < SECTIONS; s++) {
            SectionId section = SectionId.random();
            send(new CreateSectionCommand(section, federation, "Section volume " + (s + 1), null));
            sections.add(section);
        }
        String hash = passwords.hashNew(DemoData.PASSWORD);
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int from = first; from <= count; from += MEMBERS_PER_BATCH) {
                int start = from;
                int end = Math.min(count, from + MEMBERS_PER_BATCH - 1);
                // An interrupted load may have created members past the first missing one: batches were under way.
                boolean mayExist = start < first + 2 * WORKERS * MEMBERS_PER_BATCH;
                results.add(workers.submit(() -> {
                    int created = createBatch(start, end, mayExist, federation, sections, hash);
                    int total = done.addAndGet(created);
                    if (total / 10_000 != (total - created) / 10_000) LOG.info("{} synthetic members created", total);
                }));
            }
            for (Future<?> result : results) result.get();
        } catch (Exception e) {
            throw new IllegalStateException("synthetic members could not all be created", e);
        } finally {
            workers.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("{} synthetic members created in {} s ({} members/s)", done.get(), Math.round(seconds),
                Math.round(done.get() / seconds));
        return done.get();
    }

    /** Members are numbered from 1; the first whose address is free (binary search: they are made in order). */
    private int firstMissing(int count) {
        int low = 1;
        int high = count + 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (accounts.emailTaken(email(middle))) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /** Members {@code from} to {@code to}, all or none; says how many were created. */
    private int createBatch(int from, int to, boolean mayExist, FederationId federation, List<SectionId> sections,
                            String hash) {
        Map<MemberId, Integer> members = new LinkedHashMap<>();
        for (int n = from; n <= to; n++) {
            if (!mayExist || !accounts.emailTaken(email(n))) members.put(MemberId.random(), n);
        }
        List<String> newSubjects = members.keySet().stream().map(MemberId::value).toList();
        batches.allOrNone(DemoActor.NAME, newSubjects, batch -> members.forEach((member, n) ->
                create(batch, member, n, federation, sections.get(n % SECTIONS), hash)));
        // The messaging bench writes as a secretary to a whole section: membre.000001 is that of their section. The
        // appointment asks who is in the section, which the batch's events tell only once it has committed.
        members.forEach((member, n) -> {
            if (n == 1) send(new AppointSecretaryCommand(sections.get(n % SECTIONS), member));
        });
        return members.size();
    }

    private void create(CommandBatches.Batch batch, MemberId member, int n, FederationId federation, SectionId section,
                        String hash) {
        PersonName name = new PersonName(FIRST[n % FIRST.length], LAST[(n / FIRST.length) % LAST.length] + "-" + n);
        batch.send(new CreatePersonToInviteCommand(member, federation, section,
                n % 5 == 0 ? MembershipType.SUPPORTER : MembershipType.MEMBER, name, email(n),
                new Coordinates("01 00 00 00 00", null, n + " rue du Volume", null, "99000", "Volumeville", "France"),
                PersonalInfo.NONE, null, null));
        String invitation = "synthetic-" + n;
        batch.send(new InviteMemberCommand(member, invitation, clock.instant().plus(properties.invitationTtl())));
        batch.send(new AcceptInvitationCommand(member, invitation, true, properties.charterVersion(), hash, clock.instant()));
        Visibility visibility = n % 10 == 0 ? Visibility.SECRETARY_ONLY : n % 10 < 3 ? Visibility.NETWORK : Visibility.EVERYONE;
        if (visibility != Visibility.NETWORK) batch.send(new ChangeVisibilityCommand(member, visibility));
    }

    static EmailAddress email(int n) {
        return new EmailAddress(String.format("membre.%06d@demo.lacoopol.fr", n));
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(MessageOrigin.ACTOR, DemoActor.NAME)));
    }
}
