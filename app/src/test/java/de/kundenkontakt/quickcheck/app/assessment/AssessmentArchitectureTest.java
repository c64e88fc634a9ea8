package de.kundenkontakt.quickcheck.app.assessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.kundenkontakt.quickcheck.app.assessment");

    /** The classes of the assessment pages and report, which may use Spring MVC and Thymeleaf. */
    private static final Set<String> WEB_CLASSES = Set.of(
            "AssessmentController", "AssessmentDeletionController", "AssessmentPageExceptionHandler", "AssessmentView",
            "ProfileFormView", "ComparisonView", "ReportRenderer");

    @Test
    void keepsTheDomainFreeOfSpring() {
        noClasses()
                .that().doNotHaveSimpleName("Assessments")
                .and().doNotHaveSimpleName("AssessmentService")
                .and().doNotHaveSimpleName("AssessmentConfiguration")
                .and(DescribedPredicate.describe(
                        "are not web classes",
                        (JavaClass c) -> !WEB_CLASSES.contains(
                                c.getName().substring(c.getPackageName().length() + 1).split("\\$")[0])))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..")
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
