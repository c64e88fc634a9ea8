package de.kundenkontakt.quickcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under {@code app} is a module (a feature such as {@code assessment}, or a
 * shared concern: {@code web}, {@code api}, {@code i18n}). Spring Modulith checks that modules form
 * no cycle, use each other only through their top-level types or named interfaces, and keep to
 * the dependencies a module declares in its {@code package-info.java}.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(QuickcheckApplication.class);

    /** The repository's {@code docs/modules}; the tests run in {@code app/}. */
    private static final Path DOCS = Path.of("..", "docs", "modules");

    @Test
    void modulesUseEachOtherOnlyThroughWhatTheyExpose() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();

        assertThat(DOCS.resolve("components.puml")).exists();
        for (String module : new String[] {"assessment", "result", "web", "api", "cli"}) {
            assertThat(DOCS.resolve("module-" + module + ".puml")).exists();
            assertThat(DOCS.resolve("module-" + module + ".adoc")).exists();
        }
    }

    @Test
    void findsEveryFeatureAndSharedConcernAsAModule() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder(
                        "api", "assessment", "catalog", "cli", "guide", "home", "i18n", "operator", "questionnaire",
                        "result", "web");
    }
}
