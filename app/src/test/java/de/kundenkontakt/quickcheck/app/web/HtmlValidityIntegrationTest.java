package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.OutsideCheckers;
import de.kundenkontakt.quickcheck.app.QuickcheckServerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page the application renders, in German and in English and in every state of
 * {@link PageTour}, passes the W3C Nu HTML Checker ({@code vnu.jar}, pinned in
 * {@code package.json}) without a single message: no error, no warning, no info; and each has one
 * {@code <meta name="description">} with a text. The pages are checked together with the style
 * sheets and the icon in one run of the checker, because it is slow to start.
 */
@QuickcheckServerContext
class HtmlValidityIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;

    @Test
    void everyPageInBothLanguagesPassesTheW3cHtmlCheckerWithoutAMessage() throws Exception {
        Path vnu = OutsideCheckers.vnuJar();
        List<PageTour.Page> pages = new PageTour(port, context).inBothLanguages();
        PageTour.assertEveryPageTemplateVisited(pages);

        List<String> withoutDescription = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of(
                OutsideCheckers.java(), OutsideCheckers.QUICK_COMPILER, "-XX:+UseSerialGC", "-Xss2m", "-jar", vnu.toString(),
                "--format", "json", "--stdout", "--exit-zero-always", "--also-check-css", "--also-check-svg"));
        for (PageTour.Page page : pages) {
            Elements descriptions = Jsoup.parse(page.html()).select("head meta[name=description]");
            String description = descriptions.attr("content");
            if (descriptions.size() != 1 || description.isBlank() || description.contains("??")) {
                withoutDescription.add(page.key() + ": " + description);
            }
            Path file = folder.resolve(page.key() + ".html");
            Files.writeString(file, page.html(), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        assertThat(withoutDescription).as("pages without one <meta name=\"description\"> with a text").isEmpty();
        Path statics = OutsideCheckers.repositoryRoot().resolve("app/src/main/resources/static");
        try (Stream<Path> files = Files.walk(statics)) {
            files.filter(f -> f.toString().endsWith(".css") || f.toString().endsWith(".svg"))
                    .forEach(f -> command.add(f.toString()));
        }
        OutsideCheckers.Run run = OutsideCheckers.run(command, 300);

        JsonNode report = JsonMapper.shared().readTree(run.out());
        List<String> messages = new ArrayList<>();
        for (JsonNode message : report.path("messages")) {
            String type = message.path("type").asString() + (message.has("subType") ? "/" + message.path("subType").asString() : "");
            String where = message.path("url").asString().replaceFirst("^.*/", "") + ":" + message.path("lastLine").asString("?");
            messages.add(type + " " + where + " " + message.path("message").asString()
                    + " [" + message.path("extract").asString("").strip() + "]");
        }
        System.out.println("W3C Nu HTML Checker: " + pages.size() + " pages, " + messages.size() + " messages");
        assertThat(pages).hasSizeGreaterThan(70);
        assertThat(messages).as("W3C Nu HTML Checker messages " + run.err()).isEmpty();
    }
}
