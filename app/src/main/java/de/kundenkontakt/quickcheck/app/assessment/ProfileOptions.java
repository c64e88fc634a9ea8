package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    /**
     * The data rows of a CSV data file (RFC 4180: comma, double quotes; cells trimmed, blank lines
     * skipped), checked to have exactly the expected header and a non-empty value in every cell.
     */
    private static List<List<String>> read(String resource, List<String> expectedHeader) {
        InputStream in = ProfileOptions.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing");
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (!parser.getHeaderNames().equals(expectedHeader)) {
                throw new IllegalStateException(resource + ": header must be " + String.join(",", expectedHeader));
            }
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.size() != expectedHeader.size() || cells.stream().anyMatch(String::isEmpty)) {
                    throw new IllegalStateException(resource + ", line " + parser.getCurrentLineNumber() + ": expected "
                            + expectedHeader.size() + " non-empty cells");
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException(resource + " cannot be read: " + e.getMessage(), e);
        }
    }
}
