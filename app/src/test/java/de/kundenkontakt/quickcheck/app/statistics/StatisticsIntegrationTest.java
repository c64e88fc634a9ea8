package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.engine.Catalog;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the statistics tests that count exactly share: the statistics' own database
 * ({@link StatisticsContext}), emptied of every assessment before each test, the {@link Seeds} to
 * fill it, and the default catalogue.
 */
@StatisticsContext
abstract class StatisticsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService service;

    @Autowired
    AccountService accounts;

    @Autowired
    Seeds seeds;

    Catalog catalog;

    @BeforeEach
    void emptyDatabase() {
        catalog = seeds.catalogs().defaultCatalog();
        seeds.deleteEveryAssessment();
    }
}
