package de.kundenkontakt.quickcheck.app.storage;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the retention of saved assessments every {@code quickcheck.retention.interval} (first after
 * {@code quickcheck.retention.initial-delay}, default two minutes) and says in the log how many it
 * deleted; a failed turn is logged in one line and tried again at the next.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final AssessmentRetention retention;

    RetentionSchedule(AssessmentRetention retention) {
        this.retention = retention;
    }

    @Scheduled(
            initialDelayString = "${quickcheck.retention.initial-delay:PT2M}",
            fixedDelayString = "${quickcheck.retention.interval:PT1H}")
    void run() {
        try {
            int deleted = retention.deleteExpiredIfOurTurn();
            if (deleted > 0) {
                log.info("Retention: deleted {} expired assessments", deleted);
            }
        } catch (RuntimeException e) {
            log.warn("Retention: this turn failed and runs again in {}: {}", retention.interval(), e.toString());
        }
    }
}
