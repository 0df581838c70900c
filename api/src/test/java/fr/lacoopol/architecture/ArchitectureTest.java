package fr.lacoopol.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
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
                .or().resideInAnyPackage("fr.lacoopol.eventstore..", "fr.lacoopol.access.lookup..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.lacoopol.readmodel..", "fr.lacoopol.search..",
                        "..postgres..")
                .check(CLASSES);
    }

    @Test
    void theQuerySideNeverReachesIntoTheCommandSide() {
        noClasses().that().resideInAnyPackage("..postgres..", "..search..", "fr.lacoopol.readmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.lacoopol.eventstore..", "fr.lacoopol.access.lookup..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
                .check(CLASSES);
    }
}
