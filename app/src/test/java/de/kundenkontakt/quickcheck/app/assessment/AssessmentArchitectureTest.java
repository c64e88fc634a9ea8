package de.kundenkontakt.quickcheck.app.assessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

class AssessmentArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.kundenkontakt.quickcheck.app.assessment");

    /**
     * The domain sits in the feature's top-level package; only its service, repository and
     * configuration are Spring beans. Pages ({@code web}) and REST ({@code api}) sit below it.
     */
    @Test
    void keepsTheDomainFreeOfSpring() {
        noClasses()
                .that().resideInAPackage("de.kundenkontakt.quickcheck.app.assessment")
                .and().areNotAnnotatedWith(Service.class)
                .and().areNotAnnotatedWith(Repository.class)
                .and().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void keepsWebAndServletTypesOutOfTheDomainAndItsService() {
        noClasses()
                .that().resideInAPackage("de.kundenkontakt.quickcheck.app.assessment")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..", "org.thymeleaf..")
                .check(CLASSES);
    }

    @Test
    void logsNothingSoThatNoLinkEndsUpInALog() {
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.slf4j..", "org.apache.commons.logging..", "java.util.logging..", "org.apache.logging..")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
