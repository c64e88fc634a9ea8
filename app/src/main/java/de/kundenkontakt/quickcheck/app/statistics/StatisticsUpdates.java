package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentEvent;
import de.kundenkontakt.quickcheck.app.company.CompanyDeleted;
import de.kundenkontakt.quickcheck.app.company.CompanyReassigned;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the statistics in step: listens to what happens to assessments and companies and updates
 * the counts just before the transaction that did it commits, in that transaction (so a failure
 * undoes both, and a crash leaves neither). At start, before the application serves requests, it
 * counts the assessments that existed before the statistics did, once.
 */
@Component
class StatisticsUpdates implements SmartInitializingSingleton {

    private final StatisticTables tables;
    private final StatisticsLedger ledger;
    private final TransactionTemplate transaction;

    StatisticsUpdates(JdbcTemplate jdbc, Catalogs catalogs, PlatformTransactionManager transactions) {
        this.tables = new StatisticTables(jdbc);
        this.ledger = new StatisticsLedger(tables, catalogs);
        this.transaction = new TransactionTemplate(transactions);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AssessmentEvent event) {
        update(List.of(event.assessmentId()));
    }

    /** The company's assessments are gone by the time this runs: their counts come out. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CompanyDeleted event) {
        update(event.assessmentIds());
    }

    /** The company's assessments now count for the dashboard of its new consultant. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CompanyReassigned event) {
        update(event.assessmentIds());
    }

    /** Updates the statistics of these assessments in the current transaction (or a new one). */
    void update(Collection<UUID> assessmentIds) {
        transaction.executeWithoutResult(status -> ledger.update(assessmentIds));
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!tables.built()) {
            transaction.executeWithoutResult(status -> {
                if (!tables.lock()) {
                    ledger.rebuild();
                }
            });
        }
    }
}
