package fr.lacoopol.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.lacoopol.history.EventRevision;
import org.axonframework.spring.stereotype.Aggregate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The boundaries of ARCHITECTURE.md and STYLE.md, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.lacoopol");

    @Test
    void aggregatesKnowNeitherSpringNorPersistenceNorSearch() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                        "co.elastic..", "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    /** AUD-4: an event's shape is versioned from the start; changing it means raising the revision (README). */
    @Test
    void everyEventClassCarriesARevision() {
        classes().that().resideInAPackage("fr.lacoopol..event..")
                .or().haveNameMatching("fr\\.lacoopol\\.comment\\.[A-Za-z]+Event")
                .and().areNotMemberClasses()
                .should().beAnnotatedWith(EventRevision.class)
                .check(CLASSES);
    }

    @Test
    void theMessageContractsDependOnNoFramework() {
        classes().that().resideInAnyPackage("fr.lacoopol.ids..", "fr.lacoopol..command..", "fr.lacoopol..event..",
                        "fr.lacoopol..query..", "fr.lacoopol.privacy..", "fr.lacoopol.errors..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("fr.lacoopol..", "java..",
                        "org.axonframework.modelling.command..", "com.fasterxml.jackson.annotation..")
                .check(CLASSES);
    }

    @Test
    void theCommandSideNeverReadsTheReadModels() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .or().resideInAnyPackage("fr.lacoopol.eventstore..", "fr.lacoopol.identity..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.lacoopol.readmodel..", "fr.lacoopol.search..",
                        "..postgres..")
                .check(CLASSES);
    }

    @Test
    void theQuerySideNeverReachesIntoTheCommandSide() {
        noClasses().that().resideInAnyPackage("..postgres..", "..search..", "fr.lacoopol.readmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.lacoopol.eventstore..", "fr.lacoopol.identity..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
                .check(CLASSES);
    }

    /** A class of the api module (the web layer and what serves it), told by where it was compiled. */
    private static final DescribedPredicate<JavaClass> IN_THE_API_MODULE = new DescribedPredicate<>("in the api module") {
        @Override
        public boolean test(JavaClass type) {
            return type.getSource().map(source -> source.getUri().toString().contains("/api/target/classes/"))
                    .orElse(false);
        }
    };

    /**
     * Of the command side, what the web layer may use: the identity context's doors, the file store, the reading of
     * a member file, and batches of commands carried out all or none. Messages are in shared-kernel.
     */
    private static final Set<String> COMMAND_SIDE_DOORS = Set.of("fr.lacoopol.identity", "fr.lacoopol.files",
            "fr.lacoopol.imports.file", "fr.lacoopol.batches");

    private static final DescribedPredicate<JavaClass> COMMAND_SIDE_INTERNAL = new DescribedPredicate<>(
            "a command-side class other than the public ones of " + COMMAND_SIDE_DOORS) {
        @Override
        public boolean test(JavaClass type) {
            boolean commandSide = type.getSource().map(source -> source.getUri().toString().contains("command-side"))
                    .orElse(false);
            JavaClass outermost = type;
            while (outermost.getEnclosingClass().isPresent()) outermost = outermost.getEnclosingClass().get();
            boolean door = COMMAND_SIDE_DOORS.contains(type.getPackageName())
                    && outermost.getModifiers().contains(JavaModifier.PUBLIC);
            return commandSide && !door;
        }
    };

    @Test
    void theWebLayerReachesTheCommandSideOnlyThroughMessagesAndTheIdentityContext() {
        noClasses().that(IN_THE_API_MODULE)
                .should().dependOnClassesThat(COMMAND_SIDE_INTERNAL)
                .check(CLASSES);
    }

    @Test
    void identityIsReachedThroughItsDoorsOnly() {
        classes().that().resideInAPackage("fr.lacoopol.identity").and().arePublic().and().areTopLevelClasses()
                .should().beInterfaces().orShould().haveSimpleName("Sessions")
                .check(CLASSES);
    }
}
