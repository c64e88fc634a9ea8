package de.kundenkontakt.quickcheck.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                arguments("plain text stays as it is", "Website", "Website"),
                arguments("a semicolon is quoted", "Shop; Marktplatz", "\"Shop; Marktplatz\""),
                arguments("quotes are doubled inside quotes", "Der \"beste\" Kanal", "\"Der \"\"beste\"\" Kanal\""),
                arguments("a line break is quoted", "eins\nzwei", "\"eins\nzwei\""),
                arguments("a formula gets an apostrophe", "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
                arguments("a plus sign gets an apostrophe", "+49 30 1234", "'+49 30 1234"),
                arguments("a minus sign gets an apostrophe", "-2+3", "'-2+3"),
                arguments("an at sign gets an apostrophe", "@SUM(A1)", "'@SUM(A1)"),
                arguments("a leading tab gets an apostrophe", "\tcmd", "'\tcmd"),
                arguments("a number with decimal comma stays a number", "77,2", "77,2"),
                arguments("a negative number stays a number", "-3", "-3"),
                arguments("an empty cell stays empty", "", ""),
                arguments("null is an empty cell", null, ""),
                arguments("an id with a hyphen inside stays as it is", "e-mail", "e-mail"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void writesCellsThatSpreadsheetsReadAsText(String behaviour, String text, String cell) {
        assertThat(Csv.cell(text)).isEqualTo(cell);
    }
}
