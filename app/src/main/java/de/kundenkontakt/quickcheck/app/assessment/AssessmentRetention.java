package de.kundenkontakt.quickcheck.app.assessment;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what nobody needs any more: drafts nobody changed for {@code quickcheck.retention.draft-days}
 * days (default 90) and completed assessments nobody opened for
 * {@code quickcheck.retention.complete-months} months (default 24); 0 keeps them forever. A scheduler
 * calls {@link #deleteExpiredIfOurTurn} every {@code quickcheck.retention.interval} (default an hour).
 * With several instances on one database, one instance runs each turn: it takes the job's row in
 * {@code scheduled_job} for the turn, the others find it taken and skip; the deletes themselves are
 * idempotent anyway.
 */
@Service
public class AssessmentRetention {

    private static final String JOB = "assessment-retention";
    private static final int BATCH = 500;

    private final Assessments assessments;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RetentionProperties settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    @Autowired
    AssessmentRetention(
            Assessments assessments, JdbcClient jdbc, TransactionTemplate transaction, RetentionProperties settings,
            ApplicationEventPublisher events) {
        this(assessments, jdbc, transaction, settings, events, Clock.systemUTC());
    }

    AssessmentRetention(
            Assessments assessments, JdbcClient jdbc, TransactionTemplate transaction, RetentionProperties settings,
            ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    /** How often a turn should run. */
    public Duration interval() {
        return settings.interval();
    }

    /**
     * Runs one turn unless another instance holds the job.
     *
     * @return how many assessments were deleted; 0 also when it was not this instance's turn
     */
    public int deleteExpiredIfOurTurn() {
        Instant now = clock.instant();
        Duration hold = settings.interval().dividedBy(2).compareTo(Duration.ofMinutes(1)) > 0
                ? settings.interval().dividedBy(2)
                : Duration.ofMinutes(1);
        Boolean ours = transaction.execute(status -> jdbc.sql("UPDATE scheduled_job SET locked_until = :until,"
                        + " locked_by = :me WHERE name = :job AND locked_until < :now")
                .param("until", now.plus(hold).atOffset(ZoneOffset.UTC))
                .param("me", instance)
                .param("job", JOB)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update() == 1);
        return Boolean.TRUE.equals(ours) ? deleteExpired() : 0;
    }

    /**
     * Deletes every expired draft and completed assessment now, in batches of one transaction each.
     *
     * @return how many were deleted
     */
    public int deleteExpired() {
        Instant now = clock.instant();
        Instant drafts = settings.draftDays() > 0 ? now.minus(settings.draftDays(), ChronoUnit.DAYS) : null;
        Instant complete = settings.completeMonths() > 0
                ? now.atOffset(ZoneOffset.UTC).minusMonths(settings.completeMonths()).toInstant()
                : null;
        if (drafts == null && complete == null) {
            return 0;
        }
        int total = 0;
        int batch;
        do {
            Integer removed = transaction.execute(status -> {
                List<UUID> expired = assessments.expired(drafts, complete, BATCH);
                // Published before the rows go, in the same transaction, like every deletion.
                expired.forEach(id -> events.publishEvent(new AssessmentEvent.Deleted(id)));
                return assessments.removeAll(expired);
            });
            batch = removed == null ? 0 : removed;
            total += batch;
        } while (batch == BATCH);
        return total;
    }
}
