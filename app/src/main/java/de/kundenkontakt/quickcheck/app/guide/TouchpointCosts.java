package de.kundenkontakt.quickcheck.app.guide;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.CostLevel;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What it costs to introduce and to run each channel, reviewed against the guide and kept as data
 * ({@code content/touchpoint-costs.yaml}): a level and a one-line reason in German and English for
 * the entry and for the running cost. Channel pages, action plan, PDF report and exports all state
 * these levels. The scoring model does not use them; it keeps its own weights for the needs "low
 * entry cost" and "low running cost". Like {@code Catalogs.builtIn()}, the shipped data is read once
 * ({@link #builtIn()}); the application context holds that same instance, so a data error stops the
 * start. Immutable and thread-safe after construction.
 */
public final class TouchpointCosts {

    static final String FILE = GuideContent.ROOT + "/touchpoint-costs.yaml";

    /**
     * One cost of a channel.
     *
     * @param level low, medium or high; not null
     * @param reasonDe why, in German; not blank
     * @param reasonEn why, in English; not blank
     */
    public record Estimate(CostLevel level, String reasonDe, String reasonEn) {

        public Estimate {
            Objects.requireNonNull(level, "level");
        }

        /** The reason in the locale's language; never null. */
        public String reason(Locale locale) {
            return "en".equals(Texts.language(locale)) ? reasonEn : reasonDe;
        }

        /** The message key of the level's label, such as {@code guide.cost.low}; never null. */
        public String labelKey() {
            return labelKey(level);
        }

        /** The message key of a level's label in bundle {@code i18n/guide}; never null. */
        public static String labelKey(CostLevel level) {
            return "guide.cost." + level.id();
        }
    }

    /**
     * The costs of one channel.
     *
     * @param entry the cost of getting started, not null
     * @param running the cost of keeping it running, not null
     */
    public record Cost(Estimate entry, Estimate running) {

        public Cost {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(running, "running");
        }
    }

    private final Map<String, Cost> costs;

    private static final class BuiltIn {
        static final TouchpointCosts INSTANCE = read(Catalogs.builtIn());
    }

    private TouchpointCosts(Map<String, Cost> costs) {
        this.costs = Map.copyOf(costs);
    }

    /** The shipped cost data for the built-in catalogues; never null. */
    public static TouchpointCosts builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Costs given directly, by touchpoint id (for catalogues other than the shipped ones). */
    public static TouchpointCosts of(Map<String, Cost> costs) {
        return new TouchpointCosts(costs);
    }

    /**
     * Reads the cost data and checks that every channel of every catalogue has both costs with a
     * known level and both reasons; fails with a {@link ContentException} naming the file and key.
     */
    static TouchpointCosts read(Catalogs catalogs) {
        YamlDocument touchpoints = YamlDocument.read(TouchpointCosts.class.getClassLoader(), FILE).document("touchpoints");
        Map<String, Cost> costs = new LinkedHashMap<>();
        for (Catalog catalog : catalogs.all()) {
            for (Touchpoint touchpoint : catalog.touchpoints()) {
                if (!costs.containsKey(touchpoint.id())) {
                    if (!touchpoints.keys().contains(touchpoint.id())) {
                        throw new ContentException(FILE + ": touchpoint \"" + touchpoint.id() + "\" has no costs");
                    }
                    YamlDocument entry = touchpoints.document(touchpoint.id());
                    costs.put(touchpoint.id(), new Cost(estimate(entry.document("entry")), estimate(entry.document("running"))));
                }
            }
        }
        for (String id : touchpoints.keys()) {
            if (!costs.containsKey(id)) {
                throw new ContentException(FILE + ": touchpoint \"" + id + "\" is in no catalogue");
            }
        }
        return new TouchpointCosts(costs);
    }

    private static Estimate estimate(YamlDocument yaml) {
        String level = yaml.text("level");
        CostLevel parsed = Arrays.stream(CostLevel.values())
                .filter(l -> l.id().equals(level))
                .findFirst()
                .orElseThrow(() -> new ContentException(
                        yaml.file() + ": level \"" + level + "\" is not one of low, medium, high"));
        return new Estimate(parsed, yaml.text("de"), yaml.text("en"));
    }

    /**
     * The costs of a channel.
     *
     * @throws IllegalArgumentException if the channel is in no catalogue
     */
    public Cost of(String touchpointId) {
        Cost cost = costs.get(touchpointId);
        if (cost == null) {
            throw new IllegalArgumentException("no costs for touchpoint " + touchpointId);
        }
        return cost;
    }

    /** The costs of a channel of a catalogue; never null. */
    public Cost of(Touchpoint touchpoint) {
        return of(touchpoint.id());
    }
}
