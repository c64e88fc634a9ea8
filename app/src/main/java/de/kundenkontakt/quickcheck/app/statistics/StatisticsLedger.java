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
    private final Catalogs catalogs;

    /** A ledger writing to {@code tables}. */
    public StatisticsLedger(StatisticTables tables, Catalogs catalogs) {
        this.tables = tables;
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
        Map<UUID, StatisticSource> sources = tables.sources(ids);
        Map<UUID, UUID> roots = roots(sources.keySet());
        Map<UUID, StatisticFacts> after = new LinkedHashMap<>();
        sources.forEach((id, source) -> after.put(id, StatisticFacts.of(source, catalog(source.catalogId()), roots.get(id))));

        boolean deleted = ids.stream().anyMatch(id -> before.containsKey(id) && !after.containsKey(id));
        Set<UUID> chains = new TreeSet<>();
        before.values().forEach(f -> chains.add(f.chainId()));
        after.values().forEach(f -> chains.add(f.chainId()));
        // The other assessments of those chains, as stored; a deletion may have split a chain.
        Map<UUID, StatisticFacts> othersBefore = new LinkedHashMap<>(tables.factsOfChains(chains));
        othersBefore.keySet().removeAll(ids);
        Map<UUID, StatisticFacts> others = new LinkedHashMap<>(othersBefore);
        if (deleted && !others.isEmpty()) {
            Map<UUID, UUID> otherRoots = roots(others.keySet());
            others.replaceAll((id, f) -> f.inChain(otherRoots.get(id)));
        }
        Map<UUID, StatisticFacts> members = new LinkedHashMap<>(others);
        members.putAll(after);
        Map<UUID, StatisticFacts> settled = settleBenchmarks(members.values());

        StatisticTally tally = new StatisticTally();
        for (UUID id : ids) {
            StatisticFacts old = before.get(id);
            StatisticFacts now = settled.get(id);
            if (old != null) {
                tally.dashboard(old, catalog(old.catalogId()), -1);
                tally.benchmark(old, catalog(old.catalogId()), -1);
            }
            if (now != null) {
                tally.dashboard(now, catalog(now.catalogId()), 1);
                tally.benchmark(now, catalog(now.catalogId()), 1);
            }
        }
        List<StatisticFacts> changedOthers = new ArrayList<>();
        othersBefore.forEach((id, old) -> {
            StatisticFacts now = settled.get(id);
            if (!now.equals(old)) {
                changedOthers.add(now);
                tally.benchmark(old, catalog(old.catalogId()), -1);
                tally.benchmark(now, catalog(now.catalogId()), 1);
            }
        });
        List<UUID> gone = ids.stream().filter(id -> before.containsKey(id) && !after.containsKey(id)).toList();
        tables.deleteFacts(gone);
        List<StatisticFacts> save = new ArrayList<>(changedOthers);
        after.keySet().forEach(id -> save.add(settled.get(id)));
        tables.saveFacts(save);
        tables.addCounts(tally.counts());
        tables.addBenchmarks(tally.benchmarks());
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
        while (!(page = tables.assessmentIdsAfter(last, PAGE)).isEmpty()) {
            Map<UUID, StatisticSource> sources = tables.sources(page);
            Map<UUID, UUID> roots = roots(sources.keySet());
            List<StatisticFacts> facts = new ArrayList<>();
            sources.forEach((id, source) -> facts.add(StatisticFacts.of(source, catalog(source.catalogId()), roots.get(id))));
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
            Map<UUID, UUID> found = tables.parents(open);
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
