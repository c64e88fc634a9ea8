package de.kundenkontakt.quickcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The catalogue versions known to the product, with one default. Immutable and thread-safe.
 */
public final class Catalogs {

    private static final String ROOT = "de/kundenkontakt/quickcheck/engine/catalogs";

    private static final class BuiltIn {
        static final Catalogs INSTANCE = loadBuiltIn();
    }

    private final Map<String, Catalog> byId;
    private final List<String> order;
    private final Catalog defaultCatalog;

    private Catalogs(Map<String, Catalog> byId, String defaultId) {
        this.byId = Map.copyOf(byId);
        this.defaultCatalog = byId.get(defaultId);
        if (defaultCatalog == null) {
            throw new CatalogException("default catalogue \"" + defaultId + "\" is not among " + byId.keySet());
        }
        this.order = List.copyOf(byId.keySet());
    }

    /** The catalogues shipped with the engine (2022, the default, and 2020), loaded once. */
    public static Catalogs builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * A set of catalogues.
     *
     * @param catalogs in the order they should be listed, not empty, unique ids
     * @param defaultId the id of one of them
     */
    public static Catalogs of(List<Catalog> catalogs, String defaultId) {
        Map<String, Catalog> byId = new LinkedHashMap<>();
        for (Catalog catalog : catalogs) {
            if (byId.put(catalog.id(), catalog) != null) {
                throw new CatalogException("duplicate catalogue id \"" + catalog.id() + "\"");
            }
        }
        return new Catalogs(byId, defaultId);
    }

    private static Catalogs loadBuiltIn() {
        ClassLoader loader = Catalogs.class.getClassLoader();
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(ROOT + "/index.properties")) {
            if (in == null) {
                throw new CatalogException(ROOT + "/index.properties is missing");
            }
            index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogException("catalogue index cannot be read: " + e.getMessage(), e);
        }
        String ids = index.getProperty("catalogs", "");
        List<Catalog> catalogs = Arrays.stream(ids.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(id -> {
                    Catalog catalog = CatalogLoader.load(CatalogSource.classpath(loader, ROOT + "/" + id));
                    if (!catalog.id().equals(id)) {
                        throw new CatalogException(
                                "catalogue folder " + id + " holds catalogue \"" + catalog.id() + "\"");
                    }
                    return catalog;
                })
                .toList();
        return of(catalogs, index.getProperty("default", "").strip());
    }

    /** The catalogue with this id, if known. */
    public Optional<Catalog> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The default catalogue, never null. */
    public Catalog defaultCatalog() {
        return defaultCatalog;
    }

    /** All catalogues in listing order (default first where the index says so); never null. */
    public List<Catalog> all() {
        return order.stream().map(byId::get).toList();
    }

    /** The ids in listing order; never null. */
    public List<String> ids() {
        return order;
    }
}
