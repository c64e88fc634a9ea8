package de.kundenkontakt.quickcheck.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules that Spring Modulith ({@link ModularityTest}) cannot express. Which module may use
 * which, and that modules form no cycle, is Modulith's part.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar")) // the engine's test jar
            .importPackages("de.kundenkontakt.quickcheck");

    /**
     * The engine is a library of its own: nothing but the JDK, so nothing of the application
     * either. Its module descriptor requires nothing today; this fails as soon as a dependency
     * is added to its pom and used.
     */
    @Test
    void engineUsesNothingButTheJdk() {
        classes().that().resideInAPackage("de.kundenkontakt.quickcheck.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("de.kundenkontakt.quickcheck.engine..", "java..")
                .check(CLASSES);
    }

    /**
     * Whatever the CLI reaches, directly or through the JSON it shares with the API, runs without
     * Spring. (The module annotations on {@code package-info} are for the build only.)
     */
    @Test
    void commandLineToolNeverReachesSpring() {
        noClasses().that().resideInAPackage("..app.cli..").and().doNotHaveSimpleName("package-info")
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void textsWithoutSpringStayFreeOfSpring() {
        noClasses().that().resideInAPackage("..app.i18n..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }

    /**
     * A feature's pages live in its {@code web} package (e.g. {@code assessment.web}) and its REST
     * endpoints in its {@code api} package; the shared {@code web} module holds only the error page
     * every feature falls back on, the shared {@code api} module only the API's fallback.
     */
    @ParameterizedTest(name = "{0} in *.{1}")
    @CsvSource({
        "org.springframework.stereotype.Controller, web",
        "org.springframework.web.bind.annotation.RestController, api"
    })
    void controllersLiveInTheirFeaturesPackage(Class<? extends Annotation> controller, String layer) {
        classes().that().areAnnotatedWith(controller)
                .should().resideInAnyPackage("de.kundenkontakt.quickcheck.app.*." + layer, "de.kundenkontakt.quickcheck.app." + layer)
                .andShould().notBePublic()
                .check(CLASSES);
    }
}
