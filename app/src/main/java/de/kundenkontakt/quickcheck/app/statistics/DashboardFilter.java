package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the dashboard counts: a period of whole months and, optionally, one industry, size class,
 * region and catalogue version. Immutable and thread-safe.
 *
 * @param from the first month, never null
 * @param to the last month, not before {@code from}, at most {@value #MAX_MONTHS} months after it
 * @param industry an industry code, null for all
 * @param sizeClass a size class id, null for all
 * @param region a region id, null for all
 * @param catalogId a catalogue version, null for all
 */
public record DashboardFilter(
        YearMonth from, YearMonth to, String industry, String sizeClass, String region, String catalogId) {

    /** The most months one period spans. */
    public static final int MAX_MONTHS = 120;

    /** How many months the period spans when none is given: the last twelve, this one included. */
    public static final int DEFAULT_MONTHS = 12;

    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    /** The names of the parameters, as forms and the API send them. */
    public static final List<String> PARAMETERS = List.of("from", "to", "industry", "sizeClass", "region", "catalog");

    public DashboardFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * One thing wrong with a filter.
     *
     * @param parameter the parameter's name, one of {@link #PARAMETERS}
     * @param code what is wrong: "month" (not a month such as 2026-03), "range" (the end before the
     *     start), "span" (more than {@value #MAX_MONTHS} months) or "unknown" (no such value)
     * @param value what was sent, shortened; may be null
     */
    public record Problem(String parameter, String code, String value) {}

    /** Thrown for a filter that cannot be used; names every problem. */
    public static final class InvalidFilterException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<Problem> problems;

        InvalidFilterException(List<Problem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        /** The problems, in parameter order; never empty. */
        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * Reads a filter from request parameters; blank means "not given". Without a period, the last
     * {@value #DEFAULT_MONTHS} months (German time) up to this one.
     *
     * @throws InvalidFilterException naming every parameter that is not acceptable
     */
    public static DashboardFilter parse(
            String from, String to, String industry, String sizeClass, String region, String catalog,
            ProfileOptions options, Catalogs catalogs, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        YearMonth now = YearMonth.now(clock.withZone(GermanTime.ZONE));
        YearMonth last = month("to", to, problems);
        YearMonth first = month("from", from, problems);
        if (last == null && !given(to)) {
            last = first != null && first.isAfter(now) ? first : now;
        }
        if (first == null && !given(from) && last != null) {
            first = last.minusMonths(DEFAULT_MONTHS - 1L);
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.add(new Problem("to", "range", to));
            } else if (first.plusMonths(MAX_MONTHS).compareTo(last) <= 0) {
                problems.add(new Problem("to", "span", to));
            }
        }
        String industryCode = known("industry", industry, options.industry(strip(industry)).isPresent(), problems);
        String size = known("sizeClass", sizeClass, SizeClass.byId(strip(sizeClass)).isPresent(), problems);
        String regionId = known("region", region, options.region(strip(region)).isPresent(), problems);
        String catalogId = known("catalog", catalog, catalogs.find(strip(catalog)).isPresent(), problems);
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(p -> PARAMETERS.indexOf(p.parameter())));
            throw new InvalidFilterException(problems);
        }
        return new DashboardFilter(first, last, industryCode, size, regionId, catalogId);
    }

    /** How many of industry, size class and region are set. */
    public int profileFilters() {
        return (industry == null ? 0 : 1) + (sizeClass == null ? 0 : 1) + (region == null ? 0 : 1);
    }

    /** Every month of the period, oldest first; never null. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static YearMonth month(String parameter, String text, List<Problem> problems) {
        if (!given(text)) {
            return null;
        }
        String value = text.strip();
        if (MONTH.matcher(value).matches()) {
            try {
                YearMonth month = YearMonth.parse(value);
                if (month.getYear() >= 2000 && month.getYear() <= 2199) {
                    return month;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new Problem(parameter, "month", shorten(value)));
        return null;
    }

    private static String known(String parameter, String text, boolean known, List<Problem> problems) {
        if (!given(text)) {
            return null;
        }
        if (!known) {
            problems.add(new Problem(parameter, "unknown", shorten(text.strip())));
            return null;
        }
        return text.strip();
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
