package de.kundenkontakt.quickcheck.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.kundenkontakt.quickcheck");

    @Test
    void commandLineToolNeverTouchesSpring() {
        noClasses().that().resideInAPackage("..app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void sharedJsonShapeIsFreeOfSpringSoTheCommandLineToolCanUseIt() {
        noClasses().that().resideInAPackage("..app.api.json..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void commandLineToolUsesNoApiClassButTheSharedJsonShape() {
        noClasses().that().resideInAPackage("..app.cli..")
                .should().dependOnClassesThat().resideInAPackage("de.kundenkontakt.quickcheck.app.api")
                .check(CLASSES);
    }

    @Test
    void textsWithoutSpringStayFreeOfSpring() {
        noClasses().that().resideInAPackage("..app.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("de.kundenkontakt.quickcheck.app.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void webInfrastructureKnowsNoFeature() {
        noClasses().that().resideInAPackage("..app.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..app.questionnaire..", "..app.result..", "..app.assessment..", "..app.guide..",
                        "..app.operator..", "..app.api..", "..app.cli..")
                .check(CLASSES);
    }
}
