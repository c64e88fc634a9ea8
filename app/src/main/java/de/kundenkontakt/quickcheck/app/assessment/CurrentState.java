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
 */
public final class CurrentState {

    /** A current state with no entries. */
    public static final CurrentState EMPTY = new CurrentState(Map.of());

    private final Map<String, Usage> byTouchpointId;

    private CurrentState(Map<String, Usage> byTouchpointId) {
        this.byTouchpointId = byTouchpointId;
    }

    /**
     * A current state from usages by touchpoint id.
     *
     * @param byTouchpointId not null, no null keys or values; copied
     */
    public static CurrentState of(Map<String, Usage> byTouchpointId) {
        Map<String, Usage> copy = new LinkedHashMap<>();
        byTouchpointId.forEach((id, usage) -> copy.put(Objects.requireNonNull(id), Objects.requireNonNull(usage)));
        return new CurrentState(Collections.unmodifiableMap(copy));
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
        return of(usages);
    }

    /** The usage of the touchpoint with this id, empty when not given. */
    public Optional<Usage> usage(String touchpointId) {
        return Optional.ofNullable(byTouchpointId.get(touchpointId));
    }

    /** Whether the company uses the touchpoint with this id today. */
    public boolean isInUse(String touchpointId) {
        return byTouchpointId.get(touchpointId) == Usage.IN_USE;
    }

    /** Usage by touchpoint id, in the order given; never null, unmodifiable. */
    public Map<String, Usage> asMap() {
        return byTouchpointId;
    }

    /** Usage ids by touchpoint id, in the order given; never null, unmodifiable. */
    public Map<String, String> asIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        byTouchpointId.forEach((id, usage) -> ids.put(id, usage.id()));
        return Collections.unmodifiableMap(ids);
    }

    /** Whether no touchpoint has an entry. */
    public boolean isEmpty() {
        return byTouchpointId.isEmpty();
    }

    /**
     * Checks that every entry names a touchpoint of the catalogue.
     *
     * @throws InvalidAssessmentException naming every unknown touchpoint
     */
    public CurrentState requireKnownTo(Catalog catalog) {
        List<AssessmentProblem> problems = byTouchpointId.keySet().stream()
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
        return new CurrentState(Collections.unmodifiableMap(kept));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentState that && byTouchpointId.equals(that.byTouchpointId);
    }

    @Override
    public int hashCode() {
        return byTouchpointId.hashCode();
    }

    @Override
    public String toString() {
        return "CurrentState" + asIds();
    }
}
