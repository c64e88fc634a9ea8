package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps the statistics in step with the assessments: for the assessments that changed, it takes
 * out what they counted before (their stored {@link StatisticFacts}) and adds what they count now,
 * and it settles which assessment of each affected re-assessment chain counts for benchmarks. Runs
 * in the caller's transaction, under the statistics lock, so that the counts change together with
 * the assessments or not at all. Not thread-safe by itself; the lock orders concurrent callers.
 */
public final class StatisticsLedger {

    /** How many assessments a recount reads at a time. */
    private static final int PAGE = 500;

    /** How many changed rows a recount collects before it writes them. */
    private static final int FLUSH_AT = 50_000;

    private final StatisticTables tables;
    private final AssessmentRows assessments;
    private final Catalogs catalogs;

    /** A ledger writing to {@code tables}. */
    public StatisticsLedger(StatisticTables tables, Catalogs catalogs) {
        this.tables = tables;
        this.assessments = tables.assessments();
        this.catalogs = catalogs;
    }

    /**
     * Brings the statistics of these assessments (and of their chains) up to date with what is
     * stored now; an id that no longer exists takes its counts out.
     */
    public void update(Collection<UUID> changed) {
        if (changed.isEmpty()) {
            return;
        }
        if (!tables.lock()) {
            rebuildLocked();
            return;
        }
        Set<UUID> ids = new TreeSet<>(changed);
        Map<UUID, StatisticFacts> before = tables.facts(ids);
        Map<UUID, StatisticFacts> after = factsNow(ids);
        List<UUID> gone = ids.stream().filter(id -> before.containsKey(id) && !after.containsKey(id)).toList();
        Map<UUID, StatisticFacts> othersBefore = othersInChains(ids, before, after);
        Map<UUID, StatisticFacts> members = gone.isEmpty() ? new LinkedHashMap<>(othersBefore) : rechained(othersBefore);
        members.putAll(after);
        Map<UUID, StatisticFacts> settled = settleBenchmarks(members.values());

        StatisticTally tally = new StatisticTally();
        ids.forEach(id -> retally(tally, before.get(id), settled.get(id)));
        List<StatisticFacts> save = changedOthers(othersBefore, settled, tally);
        after.keySet().forEach(id -> save.add(settled.get(id)));
        tables.deleteFacts(gone);
        tables.saveFacts(save);
        flush(tally);
    }

    /** The facts of these assessments as they are stored now; deleted ones are absent. */
    private Map<UUID, StatisticFacts> factsNow(Collection<UUID> ids) {
        Map<UUID, StatisticSource> sources = assessments.sources(ids);
        Map<UUID, UUID> roots = roots(sources.keySet());
        Map<UUID, StatisticFacts> facts = new LinkedHashMap<>();
        sources.forEach((id, source) -> facts.put(id, StatisticFacts.of(source, catalog(source.catalogId()), roots.get(id))));
        return facts;
    }

    /** The other assessments of the chains these were or are in, as stored. */
    private Map<UUID, StatisticFacts> othersInChains(Set<UUID> ids, Map<UUID, StatisticFacts> before,
            Map<UUID, StatisticFacts> after) {
        Set<UUID> chains = new TreeSet<>();
        before.values().forEach(f -> chains.add(f.chainId()));
        after.values().forEach(f -> chains.add(f.chainId()));
        Map<UUID, StatisticFacts> others = new LinkedHashMap<>(tables.factsOfChains(chains));
        others.keySet().removeAll(ids);
        return others;
    }

    /** The same facts with their chains traced anew: a deletion may have split a chain. */
    private Map<UUID, StatisticFacts> rechained(Map<UUID, StatisticFacts> facts) {
        Map<UUID, StatisticFacts> rechained = new LinkedHashMap<>(facts);
        if (!rechained.isEmpty()) {
            Map<UUID, UUID> roots = roots(rechained.keySet());
            rechained.replaceAll((id, f) -> f.inChain(roots.get(id)));
        }
        return rechained;
    }

    /** Takes out what a changed assessment counted before (if anything) and adds what it counts now. */
    private void retally(StatisticTally tally, StatisticFacts old, StatisticFacts now) {
        if (old != null) {
            tally.dashboard(old, catalog(old.catalogId()), -1);
            tally.benchmark(old, catalog(old.catalogId()), -1);
        }
        if (now != null) {
            tally.dashboard(now, catalog(now.catalogId()), 1);
            tally.benchmark(now, catalog(now.catalogId()), 1);
        }
    }

    /**
     * Those other assessments of the chains whose facts changed (their chain, or whether they count
     * for benchmarks), with their benchmark counts moved in {@code tally}.
     */
    private List<StatisticFacts> changedOthers(Map<UUID, StatisticFacts> othersBefore, Map<UUID, StatisticFacts> settled,
            StatisticTally tally) {
        List<StatisticFacts> changed = new ArrayList<>();
        othersBefore.forEach((id, old) -> {
            StatisticFacts now = settled.get(id);
            if (!now.equals(old)) {
                changed.add(now);
                tally.benchmark(old, catalog(old.catalogId()), -1);
                tally.benchmark(now, catalog(now.catalogId()), 1);
            }
        });
        return changed;
    }

    /** Counts every assessment anew, from nothing; used once when the statistics start. */
    public void rebuild() {
        tables.lock();
        rebuildLocked();
    }

    private void rebuildLocked() {
        tables.clear();
        StatisticTally tally = new StatisticTally();
        UUID last = null;
        List<UUID> page;
        while (!(page = assessments.idsAfter(last, PAGE)).isEmpty()) {
            Collection<StatisticFacts> facts = factsNow(page).values();
            facts.forEach(f -> tally.dashboard(f, catalog(f.catalogId()), 1));
            tables.insertFacts(facts);
            last = page.get(page.size() - 1);
            flushIfLarge(tally);
        }
        // The latest complete assessment of each chain counts for benchmarks, when eligible.
        tables.markLatestOfChainsForBenchmarks();
        tables.forEachBenchmarkFacts(f -> {
            tally.benchmark(f, catalog(f.catalogId()), 1);
            flushIfLarge(tally);
        });
        flush(tally);
        tables.markBuilt();
    }

    /** Writes what the tally holds once it is large, so that a recount needs little memory. */
    private void flushIfLarge(StatisticTally tally) {
        if (tally.size() > FLUSH_AT) {
            flush(tally);
        }
    }

    private void flush(StatisticTally tally) {
        tables.addCounts(tally.counts());
        tables.addBenchmarks(tally.benchmarks());
        tally.clear();
    }

    /**
     * The same facts with {@code benchmark} set exactly for the latest complete assessment of each
     * chain, when it is eligible.
     */
    static Map<UUID, StatisticFacts> settleBenchmarks(Collection<StatisticFacts> members) {
        Map<UUID, StatisticFacts> latest = new HashMap<>();
        for (StatisticFacts f : members) {
            if (f.complete()) {
                latest.merge(f.chainId(), f, (a, b) -> StatisticFacts.LATEST.compare(a, b) >= 0 ? a : b);
            }
        }
        Map<UUID, StatisticFacts> settled = new LinkedHashMap<>();
        for (StatisticFacts f : members) {
            StatisticFacts chainLatest = latest.get(f.chainId());
            boolean counted = f.eligible() && chainLatest != null && chainLatest.assessmentId().equals(f.assessmentId());
            settled.put(f.assessmentId(), f.countedForBenchmarks(counted));
        }
        return settled;
    }

    /** The first assessment of the chain of each of these, following reassessed_from back. */
    private Map<UUID, UUID> roots(Collection<UUID> ids) {
        Map<UUID, UUID> parent = new HashMap<>();
        Set<UUID> asked = new HashSet<>();
        Set<UUID> open = new HashSet<>(ids);
        while (!open.isEmpty()) {
            asked.addAll(open);
            Map<UUID, UUID> found = assessments.parents(open);
            parent.putAll(found);
            open = new HashSet<>();
            for (UUID p : found.values()) {
                if (!asked.contains(p)) {
                    open.add(p);
                }
            }
        }
        Map<UUID, UUID> roots = new HashMap<>();
        for (UUID id : ids) {
            UUID root = id;
            Set<UUID> seen = new HashSet<>();
            while (parent.containsKey(root) && seen.add(root)) {
                root = parent.get(root);
            }
            roots.put(id, root);
        }
        return roots;
    }

    private Catalog catalog(String id) {
        return catalogs.find(id).orElseThrow(() -> new IllegalStateException("unknown catalogue " + id));
    }
}
