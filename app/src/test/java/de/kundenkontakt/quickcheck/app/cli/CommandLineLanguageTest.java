package de.kundenkontakt.quickcheck.app.cli;

import static de.kundenkontakt.quickcheck.app.cli.EvaluateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.cli.EvaluateCommandTest.Run;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tool speaks German unless {@code --lang en} or an English environment ({@code LC_ALL},
 * {@code LC_MESSAGES}, {@code LANG}) asks for English: help, usage errors and messages alike.
 */
class CommandLineLanguageTest {

    private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8");

    @Test
    void helpOfEvaluateIsGermanByDefault() {
        Run run = run("", "evaluate", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("Aufruf: quickcheck evaluate")
                .contains("Bewertet viele Antworten auf einmal")
                .contains("--input=DATEI", "--output=DATEI")
                .contains("Leere Zeilen werden übersprungen")
                .contains("\"line N: <Feld>: <was falsch ist>\"")
                .contains("Exit-Status: 0 alle Zeilen bewertet")
                .contains("Optionen:", "Zeigt diese Hilfe und endet.", "Beispiele:")
                .doesNotContain("Usage:", "Evaluate answers", "FILE", "Show this help");
    }

    @Test
    void helpOfEvaluateIsEnglishWithLangEn() {
        Run run = run("", "evaluate", "--lang", "en", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("Usage: quickcheck evaluate")
                .contains("Evaluate answers in bulk")
                .contains("--input=FILE", "--output=FILE")
                .contains("Options:", "Show this help and exit.", "Examples:")
                .doesNotContain("Aufruf:", "Bewertet", "DATEI");
    }

    static Object[][] environments() {
        return new Object[][] {
            {Map.of("LANG", "en_US.UTF-8"), "Usage:"},
            {Map.of("LC_MESSAGES", "en_GB.UTF-8", "LANG", "de_DE.UTF-8"), "Usage:"},
            {Map.of("LC_ALL", "en", "LANG", "de_DE.UTF-8"), "Usage:"},
            {Map.of("LC_ALL", "de_DE.UTF-8", "LANG", "en_US.UTF-8"), "Aufruf:"},
            {Map.of("LANG", "C.UTF-8"), "Aufruf:"},
            {Map.of("LANG", "fr_FR.UTF-8"), "Aufruf:"},
            {Map.of("LANG", "", "LC_MESSAGES", "en_US"), "Usage:"},
            {Map.of(), "Aufruf:"}
        };
    }

    @ParameterizedTest
    @MethodSource("environments")
    void helpFollowsTheEnvironmentWithoutLang(Map<String, String> environment, String heading) {
        Run run = run(environment, "", "evaluate", "--help");

        assertThat(run.out()).startsWith(heading + " quickcheck evaluate");
    }

    @Test
    void langOptionWinsOverTheEnvironment() {
        assertThat(run(ENGLISH, "", "evaluate", "--lang", "de", "--help").out()).startsWith("Aufruf:");
        assertThat(run(Map.of("LANG", "de_DE.UTF-8"), "", "evaluate", "--lang=en", "--help").out())
                .startsWith("Usage:");
    }

    @Test
    void reportsAnUnknownOptionInTheChosenLanguageWithUsageStatus() {
        Run german = run("", "evaluate", "--catalgo", "2022");
        Run english = run(ENGLISH, "", "evaluate", "--catalgo", "2022");
        Run englishByOption = run("", "evaluate", "--lang", "en", "--catalgo", "2022");

        assertThat(german.status()).isEqualTo(2);
        assertThat(german.err())
                .startsWith("quickcheck evaluate: Unbekannte Option: '--catalgo'")
                .contains("Meinten Sie: --catalog?", "Hilfe und ein Beispiel: ./quickcheck evaluate --help");
        for (Run run : new Run[] {english, englishByOption}) {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .startsWith("quickcheck evaluate: Unknown option: '--catalgo'")
                    .contains("Did you mean: --catalog?", "Help and an example: ./quickcheck evaluate --help")
                    .doesNotContain("Unbekannt");
        }
    }

    @Test
    void reportsOtherUsageErrorsInTheChosenLanguage() {
        assertThat(run("", "evaluate", "--catalog").err()).contains("Zu --catalog fehlt der Wert (ID).");
        assertThat(run(ENGLISH, "", "evaluate", "--catalog").err()).contains("Missing value for --catalog (ID).");
        assertThat(run("", "evaluate", "answers.jsonl").err()).contains("Unerwartetes Argument: 'answers.jsonl'");
        assertThat(run(ENGLISH, "", "evaluate", "--catalog", "2022", "--catalog", "2020").err())
                .contains("--catalog may be given only once.");
        Run unknownCommand = run(ENGLISH, "", "evalute");
        assertThat(unknownCommand.status()).isEqualTo(2);
        assertThat(unknownCommand.err()).contains("Unknown command: 'evalute'", "Did you mean: evaluate?");
        Run unknownLanguage = run(ENGLISH, "", "evaluate", "--lang", "fr");
        assertThat(unknownLanguage.status()).isEqualTo(2);
        assertThat(unknownLanguage.err()).contains("Unknown language \"fr\" for --lang; possible: de, en");
    }

    static Stream<Arguments> commandLists() {
        return Stream.of(
                Arguments.of(Map.of(), "Aufruf: quickcheck [-h] BEFEHL", "Befehle:", List.of(
                        "serve +Startet den Webserver",
                        "evaluate +Bewertet viele Antworten",
                        "help +Zeigt die Hilfe zu einem Befehl")),
                Arguments.of(ENGLISH, "Usage: quickcheck [-h] COMMAND", "Commands:", List.of(
                        "serve +Start the web server",
                        "evaluate +Evaluate answers in bulk",
                        "help +Show the help of a command")));
    }

    @ParameterizedTest
    @MethodSource("commandLists")
    void helpCommandListsTheCommandsInBothLanguages(
            Map<String, String> environment, String usage, String heading, List<String> commands) {
        Run run = run(environment, "", "help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith(usage).contains(heading);
        commands.forEach(command -> assertThat(run.out()).containsPattern("(?m)^  " + command));
    }

    @Test
    void helpCommandShowsTheHelpOfOneCommandOrRefusesAnUnknownOne() {
        assertThat(run(ENGLISH, "", "help", "evaluate").out()).startsWith("Usage: quickcheck evaluate");
        assertThat(run("", "help", "serve").out()).contains("Startet den Webserver", "--port=N");
        Run unknown = run("", "help", "evalute");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unbekannter Befehl: 'evalute'");
    }

    @Test
    void serveExplainsInTheChosenLanguageThatTheLauncherStartsTheServer() {
        Run run = run(ENGLISH, "", "serve");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("The web server is started by the launcher");
        assertThat(run("", "serve").err()).contains("Den Webserver startet das Startskript");
    }

    @Test
    void badLinesKeepTheLinePrefixAndTheRestFollowsTheLanguage() {
        Run german = run("{not json\n", "evaluate");
        Run english = run(ENGLISH, "{not json\n", "evaluate");

        assertThat(german.status()).isEqualTo(1);
        assertThat(german.errLines()).containsExactly("line 1: body: kein gültiges JSON (Zeile 1, Spalte 2)",
                "1 von 1 Zeilen fehlerhaft.");
        assertThat(english.status()).isEqualTo(1);
        assertThat(english.errLines()).containsExactly("line 1: body: not valid JSON (line 1, column 2)",
                "1 of 1 lines had errors.");
    }

    @Test
    void outputNamesFollowTheEnvironmentWithoutLang() {
        String request = GoldenCases.all().get(0).request() + "\n";
        JsonMapper json = JsonMapper.builder().build();

        Run english = run(ENGLISH, request, "evaluate");
        Run german = run(ENGLISH, request, "evaluate", "--lang", "de");

        assertThat(json.readTree(english.out()).get("language").asString()).isEqualTo("en");
        assertThat(json.readTree(german.out()).get("language").asString()).isEqualTo("de");
    }

    @Test
    void leavesTheDefaultLocaleAlone() {
        Locale before = Locale.getDefault();

        run(ENGLISH, "", "evaluate", "--help");
        run("", "help");

        assertThat(Locale.getDefault()).isEqualTo(before);
    }
}
