import de.kundenkontakt.quickcheck.app.assessment.Industry;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.Region;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.app.statistics.StatisticFacts;
import de.kundenkontakt.quickcheck.app.statistics.StatisticSource;
import de.kundenkontakt.quickcheck.app.statistics.StatisticTally;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Seeds a database with accounts, client companies and N assessments (default 1,000,000) with
 * answers and current states, and writes the statistics tables directly (the same facts and
 * counts the application keeps, computed by the application's own StatisticFacts and
 * StatisticTally): batch inserts on H2, COPY on PostgreSQL. Benchmarks only, never tests.
 *
 *   java -Xmx3g -cp app/target/run/quickcheck.jar bench/dashboard/SeedDashboard.java \
 *       --url jdbc:h2:file:/tmp/qc/db/quickcheck [--user sa --password ""] [--count 1000000] [--seed 7] \
 *       [--credentials FILE] [--verify yes]
 *
 * The database must be empty (Flyway migrates it first). --credentials FILE receives KEY=VALUE
 * lines: the e-mail addresses and the password of the administrator, of the consultant with the
 * largest portfolio and of an ordinary consultant.
 *
 * The data: 70 % of the assessments are made without an advisor (most single, some re-assessed once,
 * 85 % with consent), 30 % for the client companies of 1,000 consultants (one of them with 20,000
 * assessments, the others about 280 each; 10 assessments per company in chains of up to 4). Created
 * over the last 36 months; catalogue 2020 in the first year, 2022 after (a tenth stays on 2020);
 * industries, sizes and regions skewed as in the German economy, each missing in 8 % of profiles;
 * 4 % drafts; 40 % of the complete ones with a current state.
 */
public class SeedDashboard {

    private static final int CONSULTANTS = 1000;
    private static final int BIG_PORTFOLIO = 20_000;
    private static final int PER_COMPANY = 10;

    private final Random random;
    private final Catalogs catalogs = Catalogs.builtIn();
    private final ProfileOptions options = ProfileOptions.builtIn();
    private final Sinks sinks;
    private final StatisticTally tally = new StatisticTally();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final List<Industry> industries;
    private final double[] industryWeights;
    private final List<Region> regions;
    private final double[] regionWeights;
    private String credentials = "";
    private long made;
    private long answers;
    private long usages;

    SeedDashboard(Sinks sinks, long seed) {
        this.sinks = sinks;
        this.random = new Random(seed);
        this.industries = options.industries();
        // Share of businesses per WZ section, roughly (trade, services and construction lead).
        Map<String, Double> byCode = Map.ofEntries(Map.entry("A", 2.0), Map.entry("B", 0.2), Map.entry("C", 7.0),
                Map.entry("D", 2.0), Map.entry("E", 0.5), Map.entry("F", 11.0), Map.entry("G", 16.0),
                Map.entry("H", 3.0), Map.entry("I", 7.0), Map.entry("J", 4.5), Map.entry("K", 2.0),
                Map.entry("L", 5.0), Map.entry("M", 14.0), Map.entry("N", 6.0), Map.entry("O", 0.3),
                Map.entry("P", 2.5), Map.entry("Q", 7.5), Map.entry("R", 2.5), Map.entry("S", 6.0),
                Map.entry("T", 0.1), Map.entry("U", 0.05));
        this.industryWeights = industries.stream().mapToDouble(i -> byCode.getOrDefault(i.code(), 1.0)).toArray();
        this.regions = options.regions();
        // Roughly the population of the Länder, then Austria, Switzerland, elsewhere.
        Map<String, Double> byRegion = Map.ofEntries(Map.entry("DE-BW", 11.1), Map.entry("DE-BY", 13.2),
                Map.entry("DE-BE", 3.7), Map.entry("DE-BB", 2.5), Map.entry("DE-HB", 0.7), Map.entry("DE-HH", 1.9),
                Map.entry("DE-HE", 6.3), Map.entry("DE-MV", 1.6), Map.entry("DE-NI", 8.0), Map.entry("DE-NW", 17.9),
                Map.entry("DE-RP", 4.1), Map.entry("DE-SL", 1.0), Map.entry("DE-SN", 4.1), Map.entry("DE-ST", 2.2),
                Map.entry("DE-SH", 2.9), Map.entry("DE-TH", 2.1), Map.entry("AT", 1.5), Map.entry("CH", 1.0),
                Map.entry("other", 0.5));
        this.regionWeights = regions.stream().mapToDouble(r -> byRegion.getOrDefault(r.id(), 1.0)).toArray();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>(Map.of("--user", "sa", "--password", "", "--count", "1000000", "--seed", "7"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        String url = opts.get("--url");
        if (url == null) {
            System.err.println("usage: SeedDashboard --url JDBC-URL [--user U --password P] [--count N] [--seed S]");
            System.exit(2);
        }
        long count = Long.parseLong(opts.get("--count"));
        long started = System.nanoTime();
        Flyway.configure().dataSource(url, opts.get("--user"), opts.get("--password"))
                .locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, opts.get("--user"), opts.get("--password"))) {
            connection.setAutoCommit(false);
            try (Statement check = connection.createStatement(); ResultSet rs = check.executeQuery("SELECT COUNT(*) FROM assessment")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds assessments; seed an empty one");
                }
            }
            Sinks sinks = url.startsWith("jdbc:postgresql:") ? new CopySinks(connection) : new BatchSinks(connection);
            SeedDashboard seeder = new SeedDashboard(sinks, Long.parseLong(opts.get("--seed")));
            seeder.seed(count);
            sinks.flushAll();
            try (Statement done = connection.createStatement()) {
                done.executeUpdate("UPDATE statistic_state SET built = TRUE WHERE id = 1");
            }
            connection.commit();
            if (!url.startsWith("jdbc:postgresql:")) {
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("ANALYZE");
                }
            }
            if (opts.containsKey("--credentials")) {
                java.nio.file.Files.writeString(java.nio.file.Path.of(opts.get("--credentials")), seeder.credentials);
            }
            System.err.printf("seeded %,d assessments (%,d answers, %,d current-state entries) in %.0f s%n",
                    seeder.made, seeder.answers, seeder.usages, (System.nanoTime() - started) / 1e9);
        }
        if (opts.containsKey("--verify")) {
            verify(url, opts.get("--user"), opts.get("--password"));
        }
        if (url.startsWith("jdbc:postgresql:")) {
            try (Connection connection = DriverManager.getConnection(url, opts.get("--user"), opts.get("--password"));
                    Statement analyze = connection.createStatement()) {
                analyze.execute("VACUUM ANALYZE");
            }
        }
    }

    /**
     * Checks the seeded statistics against the application's own recount from the assessment
     * tables (StatisticsLedger.rebuild), table by table, and says how long the recount took.
     */
    static void verify(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
            Map<String, List<Map<String, Object>>> seeded = snapshot(jdbc);
            long t0 = System.nanoTime();
            new de.kundenkontakt.quickcheck.app.statistics.StatisticsLedger(
                    new de.kundenkontakt.quickcheck.app.statistics.StatisticTables(jdbc), Catalogs.builtIn()).rebuild();
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, List<Map<String, Object>>> recounted = snapshot(jdbc);
            connection.rollback();
            for (String table : seeded.keySet()) {
                boolean same = seeded.get(table).equals(recounted.get(table));
                System.err.printf("verify: %s %s (%,d rows)%n", table, same ? "equals the recount" : "DIFFERS from the recount",
                        seeded.get(table).size());
                if (!same) {
                    throw new IllegalStateException(table + " differs from the application's recount");
                }
            }
            System.err.printf("verify: the application's recount took %.1f s%n", seconds);
        }
    }

    private static Map<String, List<Map<String, Object>>> snapshot(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("statistic_assessment", rows(jdbc, "SELECT * FROM statistic_assessment ORDER BY assessment_id"));
        tables.put("statistic_count", rows(jdbc, "SELECT * FROM statistic_count WHERE n <> 0 ORDER BY industry, size_class,"
                + " region, month_start, catalog_id, measure, item, item_value"));
        tables.put("statistic_benchmark", rows(jdbc, "SELECT * FROM statistic_benchmark WHERE n <> 0 ORDER BY catalog_id,"
                + " industry, size_class, measure, item, item_value"));
        return tables;
    }

    private static List<Map<String, Object>> rows(org.springframework.jdbc.core.JdbcTemplate jdbc, String sql) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.queryForList(sql).forEach(row -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((k, v) -> copy.put(k.toLowerCase(java.util.Locale.ROOT), v == null ? null : v.toString()));
            rows.add(copy);
        });
        return rows;
    }

    void seed(long count) throws SQLException {
        String hashOfNobody = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(UUID.randomUUID().toString());
        String password = "Bench-" + Long.toHexString(random.nextLong());
        String known = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        UUID admin = account("admin@bench.example", "admin", known);
        List<UUID> consultants = new ArrayList<>();
        for (int i = 0; i < CONSULTANTS; i++) {
            consultants.add(account("berater-" + i + "@bench.example", "consultant", i <= 1 ? known : hashOfNobody));
        }
        credentials = "ADMIN_EMAIL=admin@bench.example\nBIG_CONSULTANT_EMAIL=berater-0@bench.example\n"
                + "CONSULTANT_EMAIL=berater-1@bench.example\nPASSWORD=" + password + "\nADMIN_ID=" + admin + "\n";
        long owned = count * 3 / 10;
        long big = Math.min(BIG_PORTFOLIO, owned);
        long perOther = (owned - big) / (CONSULTANTS - 1);
        long ownedMade = 0;
        for (int c = 0; c < CONSULTANTS; c++) {
            long portfolio = c == 0 ? big : (c == CONSULTANTS - 1 ? owned - big - perOther * (CONSULTANTS - 2) : perOther);
            long done = 0;
            while (done < portfolio) {
                UUID company = company(consultants.get(c));
                long forCompany = Math.min(PER_COMPANY, portfolio - done);
                long left = forCompany;
                while (left > 0) {
                    int chain = (int) Math.min(left, 1 + random.nextInt(4));
                    chain(company, chain);
                    left -= chain;
                }
                done += forCompany;
            }
            ownedMade += done;
        }
        while (made < count) {
            chain(null, random.nextInt(10) == 0 && count - made >= 2 ? 2 : 1);
            if (made % 100_000 == 0) {
                System.err.printf("  %,d assessments%n", made);
            }
        }
        System.err.printf("  %,d for client companies, %,d without an advisor%n", ownedMade, made - ownedMade);
        for (Map.Entry<StatisticTally.CountKey, Long> e : tally.counts()) {
            StatisticTally.CountKey k = e.getKey();
            sinks.row("statistic_count", k.industry(), k.sizeClass(), k.region(), k.monthStart(), k.catalogId(),
                    String.valueOf(k.measure()), k.item(), k.value(), e.getValue());
        }
        for (Map.Entry<StatisticTally.BenchmarkKey, Long> e : tally.benchmarks()) {
            StatisticTally.BenchmarkKey k = e.getKey();
            sinks.row("statistic_benchmark", k.catalogId(), k.industry(), k.sizeClass(), String.valueOf(k.measure()),
                    k.item(), k.value(), e.getValue());
        }
    }

    private UUID account(String email, String role, String hash) throws SQLException {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        sinks.row("account", id, email, role, hash, true, at, at);
        return id;
    }

    private UUID company(UUID owner) throws SQLException {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.ofInstant(now.minus(1100, ChronoUnit.DAYS), ZoneOffset.UTC);
        String[] profile = profile();
        sinks.row("company", id, owner, "Firma " + id.toString().substring(0, 8), profile[0], profile[1], profile[2],
                null, at, at);
        owners.put(id, owner);
        return id;
    }

    /** A chain of re-assessments of one company (or of someone without an advisor). */
    private void chain(UUID company, int length) throws SQLException {
        String[] profile = profile();
        Instant at = now.minus(random.nextInt(36 * 30 * 24) + 1, ChronoUnit.HOURS);
        UUID previous = null;
        UUID chainId = null;
        boolean consent = company != null || random.nextInt(100) < 85;
        List<StatisticFacts> members = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            UUID id = UUID.randomUUID();
            chainId = chainId == null ? id : chainId;
            Catalog catalog = catalogs.find(at.isBefore(now.minus(730, ChronoUnit.DAYS)) || random.nextInt(10) == 0
                    ? "2020" : "2022").orElseThrow();
            boolean complete = random.nextInt(100) >= 4;
            Map<String, String> given = answers(catalog, complete);
            Map<String, String> state = complete && random.nextInt(100) < 40 ? state(catalog) : Map.of();
            OffsetDateTime created = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            OffsetDateTime opened = OffsetDateTime.ofInstant(now.minus(random.nextInt(30 * 24), ChronoUnit.HOURS), ZoneOffset.UTC);
            sinks.row("assessment", id, hex64(), hex64(), catalog.id(), complete ? "complete" : "draft",
                    company == null ? null : "Firma", profile[0], profile[1], profile[2], null, previous, created, created,
                    opened, consent, company);
            for (Map.Entry<String, String> answer : given.entrySet()) {
                sinks.row("assessment_answer", id, answer.getKey(), answer.getValue());
            }
            for (Map.Entry<String, String> usage : state.entrySet()) {
                sinks.row("assessment_touchpoint_state", id, usage.getKey(), usage.getValue());
            }
            answers += given.size();
            usages += state.size();
            StatisticSource source = new StatisticSource(id, catalog.id(), complete, profile[0], profile[1], profile[2],
                    previous, at, company, company == null ? null : owner(company), consent, given, state);
            members.add(StatisticFacts.of(source, catalog, chainId));
            previous = id;
            made++;
            at = at.plus(30 + random.nextInt(150), ChronoUnit.DAYS);
            if (at.isAfter(now)) {
                at = now.minus(random.nextInt(24 * 20) + 1, ChronoUnit.HOURS);
            }
        }
        StatisticFacts latest = members.stream().filter(StatisticFacts::complete).max(StatisticFacts.LATEST).orElse(null);
        for (StatisticFacts facts : members) {
            StatisticFacts counted = facts.countedForBenchmarks(
                    latest != null && latest.assessmentId().equals(facts.assessmentId()) && facts.eligible());
            Catalog catalog = catalogs.find(counted.catalogId()).orElseThrow();
            tally.dashboard(counted, catalog, 1);
            tally.benchmark(counted, catalog, 1);
            sinks.row("statistic_assessment", counted.assessmentId(), counted.chainId(), counted.companyId(),
                    counted.ownerId(), OffsetDateTime.ofInstant(counted.createdAt(), ZoneOffset.UTC), counted.monthStart(),
                    counted.catalogId(), counted.industry(), counted.sizeClass(), counted.region(), counted.complete(),
                    counted.eligible(), counted.benchmark(), counted.answers(), counted.recommendations(), counted.gaps());
        }
    }

    private final Map<UUID, UUID> owners = new HashMap<>();

    private UUID owner(UUID company) {
        return owners.get(company);
    }

    /** Industry, size class and region ids, each missing in 8 % of profiles. */
    private String[] profile() {
        String industry = random.nextInt(100) < 8 ? null : industries.get(pick(industryWeights)).code();
        String size = null;
        if (random.nextInt(100) >= 8) {
            int p = random.nextInt(100);
            size = (p < 45 ? SizeClass.FROM_1_TO_9 : p < 75 ? SizeClass.FROM_10_TO_49 : p < 92 ? SizeClass.FROM_50_TO_249
                    : SizeClass.FROM_250).id();
        }
        String region = random.nextInt(100) < 8 ? null : regions.get(pick(regionWeights)).id();
        return new String[] {industry, size, region};
    }

    private Map<String, String> answers(Catalog catalog, boolean complete) {
        Map<String, String> answers = new LinkedHashMap<>();
        int open = complete ? 0 : 1 + random.nextInt(catalog.questions().size() - 1);
        for (Question question : catalog.questions()) {
            if (!complete && random.nextInt(catalog.questions().size()) < open) {
                continue;
            }
            // Each need has a typical answer; people scatter around it.
            int typical = Math.floorMod(question.id().hashCode(), catalog.levels().size());
            int level = Math.max(0, Math.min(catalog.levels().size() - 1, typical + (int) Math.round(random.nextGaussian())));
            answers.put(question.id(), catalog.levels().get(level).id());
        }
        return answers;
    }

    private Map<String, String> state(Catalog catalog) {
        Map<String, String> state = new LinkedHashMap<>();
        for (Touchpoint touchpoint : catalog.touchpoints()) {
            int p = random.nextInt(100);
            if (p < 25) {
                state.put(touchpoint.id(), "in-use");
            } else if (p < 35) {
                state.put(touchpoint.id(), "planned");
            } else if (p < 70) {
                state.put(touchpoint.id(), "not-used");
            }
        }
        return state;
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private String hex64() {
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE)
                + Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }

    /** Where rows go: one buffer per table, written in large portions. */
    abstract static class Sinks {
        static final Map<String, String> COLUMNS = new LinkedHashMap<>();

        static {
            COLUMNS.put("account", "id, email, role, password_hash, active, created_at, password_changed_at");
            COLUMNS.put("company", "id, owner_account_id, name, industry, size_class, region, market, created_at, updated_at");
            COLUMNS.put("assessment", "id, view_token_hash, delete_token_hash, catalog_id, status, company_name, industry,"
                    + " size_class, region, market, reassessed_from, created_at, updated_at, last_opened_at,"
                    + " benchmark_consent, company_id");
            COLUMNS.put("assessment_answer", "assessment_id, question_id, level_id");
            COLUMNS.put("assessment_touchpoint_state", "assessment_id, touchpoint_id, usage_state");
            COLUMNS.put("statistic_assessment", "assessment_id, chain_id, company_id, owner_account_id, created_at,"
                    + " month_start, catalog_id, industry, size_class, region, complete, eligible, benchmark, answers,"
                    + " recommendations, gaps");
            COLUMNS.put("statistic_count", "industry, size_class, region, month_start, catalog_id, measure, item,"
                    + " item_value, n");
            COLUMNS.put("statistic_benchmark", "catalog_id, industry, size_class, measure, item, item_value, n");
        }

        final Map<String, Integer> pending = new HashMap<>();

        abstract void row(String table, Object... values) throws SQLException;

        /** Writes every table's buffer, parents before children. */
        abstract void flushAll() throws SQLException;
    }

    /** H2: prepared statements in batches of 10,000, a commit after each. */
    static final class BatchSinks extends Sinks {
        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

        BatchSinks(Connection connection) throws SQLException {
            this.connection = connection;
            for (Map.Entry<String, String> table : COLUMNS.entrySet()) {
                int columns = table.getValue().split(",").length;
                statements.put(table.getKey(), connection.prepareStatement("INSERT INTO " + table.getKey() + " ("
                        + table.getValue() + ") VALUES (" + "?, ".repeat(columns - 1) + "?)"));
            }
        }

        @Override
        void row(String table, Object... values) throws SQLException {
            PreparedStatement statement = statements.get(table);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (pending.merge(table, 1, Integer::sum) >= 10_000) {
                flushAll();
            }
        }

        @Override
        void flushAll() throws SQLException {
            for (Map.Entry<String, PreparedStatement> entry : statements.entrySet()) {
                if (pending.getOrDefault(entry.getKey(), 0) > 0) {
                    entry.getValue().executeBatch();
                    pending.put(entry.getKey(), 0);
                }
            }
            connection.commit();
        }
    }

    /** PostgreSQL: COPY ... FROM STDIN in its text format, 50,000 rows a table at a time. */
    static final class CopySinks extends Sinks {
        private final Connection connection;
        private final Map<String, StringBuilder> buffers = new LinkedHashMap<>();

        CopySinks(Connection connection) {
            this.connection = connection;
            COLUMNS.keySet().forEach(table -> buffers.put(table, new StringBuilder(1 << 20)));
        }

        @Override
        void row(String table, Object... values) throws SQLException {
            StringBuilder line = buffers.get(table);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                line.append(text(values[i]));
            }
            line.append('\n');
            if (pending.merge(table, 1, Integer::sum) >= 50_000) {
                flushAll();
            }
        }

        private static String text(Object value) {
            if (value == null) {
                return "\\N";
            }
            if (value instanceof Boolean b) {
                return b ? "t" : "f";
            }
            if (value instanceof OffsetDateTime t) {
                return t.toString();
            }
            if (value instanceof LocalDate d) {
                return d.toString();
            }
            return value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
        }

        @Override
        void flushAll() throws SQLException {
            try {
                for (Map.Entry<String, StringBuilder> entry : buffers.entrySet()) {
                    if (entry.getValue().length() > 0) {
                        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                                "COPY " + entry.getKey() + " (" + COLUMNS.get(entry.getKey()) + ") FROM STDIN",
                                new StringReader(entry.getValue().toString()));
                        entry.getValue().setLength(0);
                        pending.put(entry.getKey(), 0);
                    }
                }
                connection.commit();
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
        }
    }
}
