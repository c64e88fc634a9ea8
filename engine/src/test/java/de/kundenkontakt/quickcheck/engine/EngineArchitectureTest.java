package de.kundenkontakt.quickcheck.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EngineArchitectureTest {

    @Test
    void engineDependsOnNothingButTheJdk() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.kundenkontakt.quickcheck.engine");

        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("de.kundenkontakt.quickcheck.engine..", "java..")
                .check(engine);
    }
}
