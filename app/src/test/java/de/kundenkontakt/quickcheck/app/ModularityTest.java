package de.kundenkontakt.quickcheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under {@code app} is a module (a feature such as {@code assessment}, or a
 * shared concern: {@code web}, {@code api}, {@code i18n}, {@code shared}). Spring Modulith checks that modules form
 * no cycle, use each other only through their top-level types or named interfaces, and keep to
 * the dependencies a module declares in its {@code package-info.java}.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(QuickcheckApplication.class);

    /** Lines Modulith writes in no fixed order: diagram elements and relations, items of a list. */
    private static final Pattern SORTABLE = Pattern.compile("\\s*(Component|Container|Rel)\\(.*|\\|?\\* .*");

    /** The repository's {@code docs/modules}; the tests run in {@code app/}. */
    private static final Path DOCS = Path.of("..", "docs", "modules");

    @Test
    void modulesUseEachOtherOnlyThroughWhatTheyExpose() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        inStableOrder(DOCS);

        assertThat(DOCS.resolve("components.puml")).exists();
        for (String module : new String[] {"assessment", "result", "web", "api", "cli"}) {
            assertThat(DOCS.resolve("module-" + module + ".puml")).exists();
            assertThat(DOCS.resolve("module-" + module + ".adoc")).exists();
        }
    }

    /**
     * Modulith writes modules, their relations and the types in a module's table in hash order,
     * which changes from run to run; sorted, the committed documentation changes only when the
     * modules do.
     */
    private static void inStableOrder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                String sorted = sortedRuns(text);
                if (file.getFileName().toString().equals("all-docs.adoc")) {
                    sorted = sortedSections(sorted);
                }
                if (!sorted.equals(text)) {
                    Files.writeString(file, sorted);
                }
            }
        }
    }

    /**
     * Sorts each run of consecutive lines that declare a diagram element or relation, and each list
     * of a table cell (its first item keeps the cell's mark, {@code |}).
     */
    private static String sortedRuns(String text) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            boolean sortable = SORTABLE.matcher(line).matches();
            if (!sortable || line.startsWith("|* ")) {
                addSorted(run, out);
            }
            (sortable ? run : out).add(line);
        }
        addSorted(run, out);
        return String.join("\n", out);
    }

    private static void addSorted(List<String> run, List<String> out) {
        boolean cell = !run.isEmpty() && run.get(0).startsWith("|");
        List<String> sorted = run.stream().map(line -> cell && line.startsWith("|") ? line.substring(1) : line).sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            out.add((cell && i == 0 ? "|" : "") + sorted.get(i));
        }
        run.clear();
    }

    /** Keeps the first section (the overview) first and sorts the modules' sections by name. */
    private static String sortedSections(String text) {
        List<String> sections = new ArrayList<>(List.of(text.strip().split("\n\n(?=== )")));
        List<String> modules = new ArrayList<>(sections.subList(1, sections.size()));
        Collections.sort(modules);
        List<String> ordered = new ArrayList<>(List.of(sections.get(0)));
        ordered.addAll(modules);
        return String.join("\n\n", ordered) + "\n";
    }

    @Test
    void findsEveryFeatureAndSharedConcernAsAModule() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder(
                        "account", "api", "assessment", "audit", "catalog", "cli", "company", "guide", "home", "i18n", "operator",
                        "questionnaire", "ratelimit", "result", "shared", "statistics", "storage", "web");
    }
}
