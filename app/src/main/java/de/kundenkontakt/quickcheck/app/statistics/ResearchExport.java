package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.api.Csv;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymised research export for administrators: one row per re-assessment chain (its latest
 * complete assessment, the benchmark pool: made for a company or with consent) of one catalogue
 * version, with the month it was made, the coarsened quasi-identifiers ({@link Generalisation}),
 * the answers as points and the percentage of every touchpoint. No company name, no token, no id,
 * no exact date; rows are ordered by month and answers, not by when they were saved. Streamed row
 * by row from the database, so a million rows never sit in memory.
 */
@Service
public class ResearchExport {

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final Catalogs catalogs;
    private final AuditLog auditLog;

    ResearchExport(JdbcTemplate jdbc, Catalogs catalogs, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.streaming = StatisticTables.streaming(jdbc);
        this.catalogs = catalogs;
        this.auditLog = auditLog;
    }

    /** The plan of the export of one catalogue version: how it would coarsen, how many rows. */
    @Transactional(readOnly = true)
    public Generalisation.Plan plan(Catalog catalog) {
        Map<Generalisation.Combination, Long> counts = new HashMap<>();
        jdbc.query("SELECT industry, size_class, region, COUNT(*) FROM statistic_assessment"
                        + " WHERE benchmark = TRUE AND catalog_id = ? GROUP BY industry, size_class, region",
                rs -> {
                    counts.put(new Generalisation.Combination(rs.getString(1), rs.getString(2), rs.getString(3)),
                            rs.getLong(4));
                },
                catalog.id());
        return Generalisation.plan(counts);
    }

    /**
     * Writes the export of one catalogue version as CSV ({@link Csv}, with byte order mark) and
     * records it in the audit log.
     *
     * @param locale German writes decimal commas, English decimal points
     * @return the plan it followed
     */
    @Transactional(readOnly = true)
    public Generalisation.Plan write(SignedInAccount me, Catalog catalog, Writer out, Locale locale) {
        Generalisation.Plan plan = plan(catalog);
        auditLog.record(AuditAction.RESEARCH_EXPORTED, me.actor(), "catalog=" + catalog.id() + " rows=" + plan.writtenRows()
                + " levels=" + plan.levels().industry() + "/" + plan.levels().size() + "/" + plan.levels().region());
        try {
            out.write(Csv.BYTE_ORDER_MARK);
            out.write(line(header(catalog)));
            if (plan.writtenRows() > 0) {
                writeRows(plan, catalog, out, "en".equals(Texts.language(locale)));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plan;
    }

    private static List<String> header(Catalog catalog) {
        List<String> header = new ArrayList<>(List.of("month", "catalog", "industry", "sizeClass", "region"));
        catalog.questions().forEach(q -> header.add("points." + q.id()));
        catalog.touchpoints().forEach(t -> header.add("percent." + t.id()));
        return header;
    }

    /** Streams the pool's rows in the export's order, coarsened as {@code plan} says; rows it drops are left out. */
    private void writeRows(Generalisation.Plan plan, Catalog catalog, Writer out, boolean english) {
        Map<String, Evaluation> evaluations = evaluationCache();
        streaming.query("SELECT month_start, industry, size_class, region, answers FROM statistic_assessment"
                        + " WHERE benchmark = TRUE AND catalog_id = ? ORDER BY month_start, answers",
                rs -> {
                    Generalisation.Combination written = plan.apply(rs.getString(2), rs.getString(3), rs.getString(4));
                    if (written == null) {
                        return;
                    }
                    Evaluation evaluation = evaluations.computeIfAbsent(rs.getString(5), d -> evaluate(catalog, d));
                    YearMonth month = YearMonth.from(rs.getObject(1, LocalDate.class));
                    try {
                        out.write(line(row(catalog, month, written, evaluation, english)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                catalog.id());
    }

    /** The evaluations of the answer digits seen last (rows sorted by answers repeat them). */
    private static Map<String, Evaluation> evaluationCache() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Evaluation> eldest) {
                return size() > 4096;
            }
        };
    }

    private static List<String> row(Catalog catalog, YearMonth month, Generalisation.Combination written,
            Evaluation evaluation, boolean english) {
        List<String> cells = new ArrayList<>();
        cells.add(month.toString());
        cells.add(catalog.id());
        cells.add(written.industry());
        cells.add(written.size());
        cells.add(written.region());
        for (Question question : catalog.questions()) {
            cells.add(String.valueOf(evaluation.answers().level(question).orElseThrow().points()));
        }
        Map<String, String> percents = new HashMap<>();
        for (TouchpointResult result : evaluation.ranking()) {
            String percent = result.percent().rounded().toPlainString();
            percents.put(result.touchpoint().id(), english ? percent : percent.replace('.', ','));
        }
        catalog.touchpoints().forEach(t -> cells.add(percents.get(t.id())));
        return cells;
    }

    /** The catalogue versions the export can be made for. */
    public List<Catalog> catalogs() {
        return catalogs.all();
    }

    private static Evaluation evaluate(Catalog catalog, String digits) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int q = 0; q < catalog.questions().size(); q++) {
            AnswerLevel level = catalog.levels().get(digits.charAt(q) - '0');
            answers.put(catalog.questions().get(q).id(), level.id());
        }
        return catalog.evaluate(Answers.complete(catalog, answers));
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        Csv.line(line, cells);
        return line.toString();
    }
}
