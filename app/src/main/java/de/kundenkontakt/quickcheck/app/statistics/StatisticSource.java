package de.kundenkontakt.quickcheck.app.statistics;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An assessment as the statistics read it from the assessment and company tables. Immutable.
 *
 * @param id never null
 * @param catalogId the pinned catalogue version, never null
 * @param complete whether every question is answered
 * @param industry the industry code, null when not given
 * @param sizeClass the size class id, null when not given
 * @param region the region id, null when not given
 * @param reassessedFrom the assessment it re-assesses, null if none
 * @param createdAt never null
 * @param companyId the company it was made for, null if made without an advisor
 * @param ownerId the consultant who looks after that company, null without a company
 * @param consent whether it may count for anonymous benchmarks
 * @param answers level id by question id, never null
 * @param usages usage id by touchpoint id (its current state), never null
 */
public record StatisticSource(
        UUID id,
        String catalogId,
        boolean complete,
        String industry,
        String sizeClass,
        String region,
        UUID reassessedFrom,
        Instant createdAt,
        UUID companyId,
        UUID ownerId,
        boolean consent,
        Map<String, String> answers,
        Map<String, String> usages) {

    public StatisticSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(createdAt, "createdAt");
        answers = Map.copyOf(answers);
        usages = Map.copyOf(usages);
    }
}
