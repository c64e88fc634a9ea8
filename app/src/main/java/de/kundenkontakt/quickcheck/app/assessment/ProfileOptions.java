package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed lists a company profile chooses from: industries (the WZ 2008 sections) and regions,
 * read from the data files {@code assessment/industries.csv} and {@code assessment/regions.csv}.
 * Immutable and thread-safe.
 */
public final class ProfileOptions {

    private static final String INDUSTRIES = "assessment/industries.csv";
    private static final String REGIONS = "assessment/regions.csv";

    private final Map<String, Industry> industries;
    private final Map<String, Region> regions;

    private ProfileOptions(List<Industry> industries, List<Region> regions) {
        this.industries = index(industries.stream().map(i -> Map.entry(i.code(), i)).toList(), "industry");
        this.regions = index(regions.stream().map(r -> Map.entry(r.id(), r)).toList(), "region");
    }

    /** The lists shipped with the application; never null. */
    public static ProfileOptions builtIn() {
        List<Industry> industries = new ArrayList<>();
        for (List<String> row : read(INDUSTRIES, List.of("code", "name_de", "name_en"))) {
            industries.add(new Industry(row.get(0), new LocalizedText(row.get(1), row.get(2))));
        }
        List<Region> regions = new ArrayList<>();
        for (List<String> row : read(REGIONS, List.of("id", "name_de", "name_en"))) {
            regions.add(new Region(row.get(0), new LocalizedText(row.get(1), row.get(2))));
        }
        return new ProfileOptions(industries, regions);
    }

    /** The industries in file order (A to U); never null, unmodifiable. */
    public List<Industry> industries() {
        return List.copyOf(industries.values());
    }

    /** The regions in file order: the 16 Bundesländer, then Austria, Switzerland, other; never null. */
    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    /** The industry with this code, if there is one. */
    public Optional<Industry> industry(String code) {
        return Optional.ofNullable(code == null ? null : industries.get(code));
    }

    /** The region with this id, if there is one. */
    public Optional<Region> region(String id) {
        return Optional.ofNullable(id == null ? null : regions.get(id));
    }

    private static <T> Map<String, T> index(List<Map.Entry<String, T>> entries, String what) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (Map.Entry<String, T> entry : entries) {
            if (byId.put(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalStateException("duplicate " + what + " \"" + entry.getKey() + "\"");
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalStateException("no " + what + " in the data file");
        }
        return byId;
    }

    private static List<List<String>> read(String resource, List<String> expectedHeader) {
        String text;
        try (InputStream in = ProfileOptions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty() || !split(lines.get(0)).equals(expectedHeader)) {
            throw new IllegalStateException(resource + ": header must be " + String.join(",", expectedHeader));
        }
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = split(lines.get(i));
            if (cells.size() != expectedHeader.size() || cells.stream().anyMatch(String::isEmpty)) {
                throw new IllegalStateException(resource + ", line " + (i + 1) + ": expected "
                        + expectedHeader.size() + " non-empty cells");
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Splits one CSV line: comma-separated, double quotes around cells that hold commas. */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
