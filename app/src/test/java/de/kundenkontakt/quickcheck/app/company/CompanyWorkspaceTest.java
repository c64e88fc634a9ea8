package de.kundenkontakt.quickcheck.app.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.account.WorkspaceIntegrationTest;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the companies' MockMvc tests share (in the workspace tests' one Spring context): companies
 * made through the service, complete answers, and requests that send a questionnaire.
 */
abstract class CompanyWorkspaceTest extends WorkspaceIntegrationTest {

    static final Catalog CATALOG = Catalogs.builtIn().defaultCatalog();

    @Autowired
    CompanyService companies;

    @Autowired
    CompanyChecks checks;

    @Autowired
    ProfileOptions options;

    /** A company of the account with a full profile. */
    Company company(Account owner, String name) {
        return companies.create(SignedInAccount.of(owner),
                CompanyProfile.parse(options, name, "C", "10-49", "DE-SN", "b2b"));
    }

    /** Every question answered with this level. */
    static Map<String, String> answers(String level) {
        Map<String, String> answers = new LinkedHashMap<>();
        CATALOG.questions().forEach(q -> answers.put(q.id(), level));
        return answers;
    }

    /** The questionnaire form with these answers, sent with the form-protection token. */
    static MockHttpServletRequestBuilder questionnaire(String path, Map<String, String> answers, String action) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).param("k", CATALOG.id());
        answers.forEach((question, level) -> request.param("answers[" + question + "]", level));
        if (action != null) {
            request.param("action", action);
        }
        return request;
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    Document page(MockHttpServletRequestBuilder request, Cookie session, int status) throws Exception {
        MockHttpServletResponse response = send(request, session);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The id at the end of a path such as /arbeitsbereich/unternehmen/{id}?hinweis=… */
    static UUID idIn(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return UUID.fromString(withoutQuery.substring(withoutQuery.lastIndexOf('/') + 1));
    }

    long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            statement = statement.param(i + 1, params[i]);
        }
        return statement.query(Long.class).single();
    }
}
