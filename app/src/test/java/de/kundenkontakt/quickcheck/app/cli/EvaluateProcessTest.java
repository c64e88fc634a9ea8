package de.kundenkontakt.quickcheck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.QuickcheckMain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool as a script sees it, in a JVM of its own: nothing but results on standard output and
 * nothing but problems on standard error, whatever the libraries it loads would like to log.
 */
class EvaluateProcessTest {

    @Test
    void writesOnlyResultsAndProblems(@TempDir Path folder) throws Exception {
        Path input = folder.resolve("in.jsonl");
        Files.writeString(input, GoldenCases.all().get(0).request() + "\n{\"answers\": {\"reichweite\": 3}}\n");
        Path out = folder.resolve("out");
        Path err = folder.resolve("err");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"),
                        QuickcheckMain.class.getName(), "evaluate", "--lang", "en", "--input", input.toString())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(CommandLine.BAD_INPUT);
        List<String> results = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(results).as("standard output").allMatch(line -> line.startsWith("{\"catalog\":\"2022\""), "a result")
                .hasSize(1);
        assertThat(Files.readAllLines(err, StandardCharsets.UTF_8))
                .allMatch(line -> line.startsWith("line 2: ") || line.equals("1 of 2 lines had errors."));
    }
}
