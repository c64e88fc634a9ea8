package de.kundenkontakt.quickcheck.app.catalog;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.CostLevel;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

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

    static final String FILE = "content/touchpoint-costs.yaml";

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
     * known level and both reasons; fails with an {@link IllegalStateException} naming the file and
     * the key.
     */
    static TouchpointCosts read(Catalogs catalogs) {
        Map<?, ?> touchpoints = mapping(load(), "touchpoints", FILE);
        Map<String, Cost> costs = new LinkedHashMap<>();
        for (Catalog catalog : catalogs.all()) {
            for (Touchpoint touchpoint : catalog.touchpoints()) {
                String where = FILE + ": " + touchpoint.id();
                Map<?, ?> entry = mapping(touchpoints, touchpoint.id(), FILE);
                costs.putIfAbsent(touchpoint.id(), new Cost(
                        estimate(mapping(entry, "entry", where), where + ".entry"),
                        estimate(mapping(entry, "running", where), where + ".running")));
            }
        }
        for (Object id : touchpoints.keySet()) {
            if (!costs.containsKey(String.valueOf(id))) {
                throw new IllegalStateException(FILE + ": touchpoint \"" + id + "\" is in no catalogue");
            }
        }
        return new TouchpointCosts(costs);
    }

    private static Map<?, ?> load() {
        try (InputStream in = TouchpointCosts.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalStateException(FILE + " is not a YAML mapping");
            }
            return map;
        } catch (IOException | YAMLException e) {
            throw new IllegalStateException(FILE + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<?, ?> mapping(Map<?, ?> parent, String key, String where) {
        if (!(parent.get(key) instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new IllegalStateException(where + ": \"" + key + "\" is missing or not a mapping");
        }
        return map;
    }

    private static String text(Map<?, ?> parent, String key, String where) {
        Object value = parent.get(key);
        if (value == null || value instanceof Map || value instanceof java.util.List || value.toString().isBlank()) {
            throw new IllegalStateException(where + ": \"" + key + "\" is missing or empty");
        }
        return value.toString().strip();
    }

    private static Estimate estimate(Map<?, ?> yaml, String where) {
        String level = text(yaml, "level", where);
        CostLevel parsed = Arrays.stream(CostLevel.values())
                .filter(l -> l.id().equals(level))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        where + ": level \"" + level + "\" is not one of low, medium, high"));
        return new Estimate(parsed, text(yaml, "de", where), text(yaml, "en", where));
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
