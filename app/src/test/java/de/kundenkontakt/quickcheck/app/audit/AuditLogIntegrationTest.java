package de.kundenkontakt.quickcheck.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.account.WorkspaceIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The audit log page: administrators read and filter it, newest first, a page at a time. */
class AuditLogIntegrationTest extends WorkspaceIntegrationTest {

    Workspace.SignedIn admin;

    @BeforeEach
    void signInAsAdministrator() throws Exception {
        admin = workspace.signedIn("protokoll", Role.ADMINISTRATOR);
    }

    Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.cookie(admin.session())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void showsWhoDidWhatWithTheClientAddressAndFiltersByActionAndPerson() throws Exception {
        String subject = "ziel-" + UUID.randomUUID() + "@example.org";
        auditLog.record(AuditAction.INVITATION_CREATED, admin.account().actor(), subject);

        Document all = page(get("/arbeitsbereich/protokoll").param("person", subject), 200);
        Document signIns = page(get("/arbeitsbereich/protokoll").param("action", "sign-in").param("person", admin.email()), 200);

        assertThat(all.select("tbody tr")).hasSize(1);
        List<String> cells = all.select("tbody tr td").eachText();
        assertThat(cells.subList(1, 4)).containsExactly("Einladung erstellt", admin.email(), subject);
        assertThat(signIns.select("tbody tr")).hasSize(1);
        assertThat(signIns.select("tbody tr td").eachText().get(4)).matches("10\\.\\d+\\.\\d+\\.\\d+");
        assertThat(signIns.select("#action option[selected]").val()).isEqualTo("sign-in");
    }

    @Test
    void filtersByDayInGermanTime() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));

        Document fromToday = page(get("/arbeitsbereich/protokoll").param("person", admin.email())
                .param("from", today.toString()).param("to", today.toString()), 200);
        Document tomorrow = page(get("/arbeitsbereich/protokoll").param("person", admin.email())
                .param("from", today.plusDays(1).toString()), 200);

        assertThat(fromToday.select("tbody tr")).isNotEmpty();
        assertThat(tomorrow.select("tbody tr")).isEmpty();
        assertThat(tomorrow.text()).contains("Keine Einträge für diese Auswahl.");
    }

    @Test
    void aMalformedOrReversedPeriodIsNamedInTheErrorSummary() throws Exception {
        Document malformed = page(get("/arbeitsbereich/protokoll").param("from", "31.12.2025"), 422);
        Document reversed = page(get("/arbeitsbereich/protokoll").param("from", "2026-02-01").param("to", "2026-01-01"), 422);

        assertThat(malformed.select(".error-summary a").eachAttr("href")).containsExactly("#from");
        assertThat(malformed.select("#from-error").text()).startsWith("Fehler: Geben Sie das Datum „Von“");
        assertThat(malformed.getElementById("from").val()).isEqualTo("31.12.2025");
        assertThat(reversed.select(".error-summary a").eachAttr("href")).containsExactly("#to");
    }

    @Test
    void showsFiftyEntriesAPageWithALinkToOlderOnes() throws Exception {
        String subject = "viele-" + UUID.randomUUID();
        for (int i = 0; i < AuditLog.PAGE_SIZE + 3; i++) {
            auditLog.record(AuditAction.TOKEN_CREATED, admin.account().actor(), subject + "-" + i);
        }

        Document first = page(get("/arbeitsbereich/protokoll").param("person", subject), 200);
        String older = first.select("a:contains(Ältere Einträge)").attr("href");
        Document second = page(get(older), 200);

        assertThat(first.select("tbody tr")).hasSize(AuditLog.PAGE_SIZE);
        assertThat(first.select("tbody tr").first().text()).contains(subject + "-52");
        assertThat(older).contains("person=" + subject).contains("before=");
        assertThat(second.select("tbody tr")).hasSize(3);
        assertThat(second.select("tbody tr").last().text()).contains(subject + "-0");
        assertThat(second.select("a:contains(Ältere Einträge)")).isEmpty();
    }
}
