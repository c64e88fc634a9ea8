package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Catalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which touchpoints a company uses today, plans or does not use: its "Standortbestimmung".
 * Touchpoints without an entry are unknown. Immutable and thread-safe.
 *
 * @param usages usage by touchpoint id, in the order given; never null, unmodifiable
 */
public record CurrentState(Map<String, Usage> usages) {

    /** A current state with no entries. */
    public static final CurrentState EMPTY = new CurrentState(Map.of());

    /**
     * A current state from usages by touchpoint id.
     *
     * @param usages not null, no null keys or values; copied
     */
    public CurrentState {
        Map<String, Usage> copy = new LinkedHashMap<>();
        usages.forEach((id, usage) -> copy.put(Objects.requireNonNull(id), Objects.requireNonNull(usage)));
        usages = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads a current state from usage ids by touchpoint id, as a form or request sends them;
     * null or blank usages mean "not given".
     *
     * @param byTouchpointId not null
     * @throws InvalidAssessmentException naming every unknown usage
     */
    public static CurrentState parse(Map<String, String> byTouchpointId) {
        List<AssessmentProblem> problems = new ArrayList<>();
        Map<String, Usage> usages = new LinkedHashMap<>();
        byTouchpointId.forEach((id, usageId) -> {
            if (id == null || usageId == null || usageId.isBlank()) {
                return;
            }
            Optional<Usage> usage = Usage.byId(usageId.strip());
            if (usage.isPresent()) {
                usages.put(id, usage.get());
            } else {
                problems.add(AssessmentProblem.ofCurrentState(
                        CompanyProfile.shorten(id),
                        AssessmentProblem.Kind.UNKNOWN_VALUE,
                        CompanyProfile.shorten(usageId)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        return new CurrentState(usages);
    }

    /** The usage of the touchpoint with this id, empty when not given. */
    public Optional<Usage> usage(String touchpointId) {
        return Optional.ofNullable(usages.get(touchpointId));
    }

    /** Whether the company uses the touchpoint with this id today. */
    public boolean isInUse(String touchpointId) {
        return usages.get(touchpointId) == Usage.IN_USE;
    }

    /** Usage ids by touchpoint id, in the order given; never null, unmodifiable. */
    public Map<String, String> asIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        usages.forEach((id, usage) -> ids.put(id, usage.id()));
        return Collections.unmodifiableMap(ids);
    }

    /** Whether no touchpoint has an entry. */
    public boolean isEmpty() {
        return usages.isEmpty();
    }

    /**
     * Checks that every entry names a touchpoint of the catalogue.
     *
     * @throws InvalidAssessmentException naming every unknown touchpoint
     */
    public CurrentState requireKnownTo(Catalog catalog) {
        List<AssessmentProblem> problems = usages.keySet().stream()
                .filter(id -> catalog.touchpoint(id).isEmpty())
                .map(id -> AssessmentProblem.ofCurrentState(
                        CompanyProfile.shorten(id),
                        AssessmentProblem.Kind.UNKNOWN_TOUCHPOINT,
                        CompanyProfile.shorten(id)))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        return this;
    }

    /** The entries whose touchpoint the catalogue has, in catalogue order; never null. */
    public CurrentState restrictedTo(Catalog catalog) {
        Map<String, Usage> kept = new LinkedHashMap<>();
        catalog.touchpoints().forEach(t -> usage(t.id()).ifPresent(u -> kept.put(t.id(), u)));
        return new CurrentState(kept);
    }

    @Override
    public String toString() {
        return "CurrentState" + asIds();
    }
}
