package de.kundenkontakt.quickcheck.app.guide;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GuideContentTest {

    private static final GuideContent CONTENT = new GuideContent(Catalogs.builtIn());

    @Test
    void everyTouchpointHasEverySectionInBothLanguages() {
        List<Touchpoint> touchpoints = Catalogs.builtIn().defaultCatalog().touchpoints();
        assertThat(touchpoints).hasSize(23);
        for (Touchpoint touchpoint : touchpoints) {
            TouchpointContent de = CONTENT.touchpoint(touchpoint.id(), Locale.GERMAN).orElseThrow();
            TouchpointContent en = CONTENT.touchpoint(touchpoint.id(), Locale.ENGLISH).orElseThrow();
            for (TouchpointContent content : List.of(de, en)) {
                assertThat(content.summary()).as(touchpoint.id()).isNotBlank();
                assertThat(content.definition()).as(touchpoint.id()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
                assertThat(content.benefits()).as(touchpoint.id()).isNotEmpty();
                assertThat(content.advantages()).as(touchpoint.id()).isNotEmpty();
                assertThat(content.disadvantages()).as(touchpoint.id()).isNotEmpty();
                assertThat(content.paysOffWhen()).as(touchpoint.id()).isNotEmpty();
                assertThat(content.notWorthItWhen()).as(touchpoint.id()).isNotEmpty();
                assertThat(content.effortNote()).as(touchpoint.id()).isNotEmpty();
                assertThat(content.related()).as(touchpoint.id()).isNotEmpty();
                assertThat(content.literature()).as(touchpoint.id()).isNotEmpty();
            }
            assertThat(en.definition()).as("English differs from German for " + touchpoint.id())
                    .isNotEqualTo(de.definition());
            assertThat(en.related()).as(touchpoint.id()).isEqualTo(de.related());
        }
    }

    @Test
    void everyNeedIsExplainedWithAnExampleInBothLanguages() {
        for (Question question : Catalogs.builtIn().defaultCatalog().questions()) {
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                NeedContent need = CONTENT.need(question.id(), locale).orElseThrow();
                assertThat(need.explanation()).as(question.id()).isNotEmpty();
                assertThat(need.example()).as(question.id()).isNotEmpty();
            }
        }
    }

    @Test
    void guidePagesExistInBothLanguages() {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            assertThat(CONTENT.dosAndDonts(locale).dos()).isNotEmpty();
            assertThat(CONTENT.dosAndDonts(locale).donts()).isNotEmpty();
            assertThat(CONTENT.glossary(locale).terms()).hasSizeGreaterThan(10);
            assertThat(CONTENT.journey(locale).phases()).hasSize(6);
        }
        assertThat(CONTENT.glossary(Locale.GERMAN).terms().size())
                .isEqualTo(CONTENT.glossary(Locale.ENGLISH).terms().size());
    }

    @Test
    void splitsParagraphsAtBlankLines() {
        assertThat(YamlDocument.splitParagraphs("One\nline.\n\nTwo.\n")).containsExactly("One line.", "Two.");
        assertThat(YamlDocument.splitParagraphs("Folded one.\nFolded two.\n")).containsExactly("Folded one.", "Folded two.");
    }
}
