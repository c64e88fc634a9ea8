package de.kundenkontakt.quickcheck.app.assessment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a company tells about itself; every part is optional. Immutable and thread-safe.
 *
 * @param companyName the name, stripped and in Unicode normal form C, 1 to {@value #MAX_NAME_LENGTH}
 *     characters (code points) without line breaks, control characters, invisible formatting
 *     characters (zero-width spaces, direction overrides; the joiner inside emoji sequences
 *     excepted) or unpaired surrogates; null when not given
 * @param industry the WZ 2008 section, null when not given
 * @param sizeClass the number of employees, null when not given
 * @param region the Bundesland or country, null when not given
 * @param market whom the company sells to, null when not given
 */
public record CompanyProfile(
        String companyName, Industry industry, SizeClass sizeClass, Region region, Market market) {

    /** The longest company name accepted, in characters (code points). */
    public static final int MAX_NAME_LENGTH = 120;

    /** A profile that tells nothing. */
    public static final CompanyProfile EMPTY = new CompanyProfile(null, null, null, null, null);

    /**
     * @throws InvalidAssessmentException if the name is too long or holds control characters
     */
    public CompanyProfile {
        companyName = normalized(companyName);
        List<AssessmentProblem> problems = nameProblems(companyName);
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
    }

    /**
     * Reads a profile from the ids a form or request sends; blank or null values mean "not given".
     *
     * @param options the allowed industries and regions, not null
     * @throws InvalidAssessmentException naming every field whose value is not acceptable
     */
    public static CompanyProfile parse(
            ProfileOptions options,
            String companyName,
            String industryCode,
            String sizeClassId,
            String regionId,
            String marketId) {
        List<AssessmentProblem> problems = new ArrayList<>();
        String name = normalized(companyName);
        problems.addAll(nameProblems(name));
        Industry industry = lookUp(industryCode, options::industry, "industry", problems);
        SizeClass sizeClass = lookUp(sizeClassId, SizeClass::byId, "sizeClass", problems);
        Region region = lookUp(regionId, options::region, "region", problems);
        Market market = lookUp(marketId, Market::byId, "market", problems);
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        return new CompanyProfile(name, industry, sizeClass, region, market);
    }

    /** The industry's code, as {@link #parse} reads it; null if not given. */
    public String industryCode() {
        return industry == null ? null : industry.code();
    }

    /** The size class's id, as {@link #parse} reads it; null if not given. */
    public String sizeClassId() {
        return sizeClass == null ? null : sizeClass.id();
    }

    /** The region's id, as {@link #parse} reads it; null if not given. */
    public String regionId() {
        return region == null ? null : region.id();
    }

    /** The market's id, as {@link #parse} reads it; null if not given. */
    public String marketId() {
        return market == null ? null : market.id();
    }

    /** Whether the profile tells nothing at all. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /**
     * What {@code byId} finds for the stripped {@code id}; null if no id is given (null or blank), and
     * null with a problem of {@code field} if the id is unknown.
     */
    private static <T> T lookUp(
            String id, Function<String, Optional<T>> byId, String field, List<AssessmentProblem> problems) {
        if (id == null || id.isBlank()) {
            return null;
        }
        Optional<T> found = byId.apply(id.strip());
        if (found.isEmpty()) {
            problems.add(AssessmentProblem.ofProfile(field, AssessmentProblem.Kind.UNKNOWN_VALUE, shorten(id)));
        }
        return found.orElse(null);
    }

    /** Stripped and in normal form C (so "é" is one code point however it was typed); null if blank. */
    private static String normalized(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    /**
     * Characters a name must not hold: control characters, unpaired surrogates, and invisible
     * formatting characters (zero-width space, direction overrides and isolates, byte order mark…)
     * that could hide or reorder what a reader sees; only the zero-width joiner, which emoji
     * sequences need, is allowed.
     */
    private static boolean forbidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.SURROGATE
                || (type == Character.FORMAT && codePoint != 0x200D);
    }

    private static List<AssessmentProblem> nameProblems(String name) {
        if (name == null) {
            return List.of();
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            return List.of(AssessmentProblem.ofProfile("companyName", AssessmentProblem.Kind.TOO_LONG, null));
        }
        if (name.codePoints().anyMatch(CompanyProfile::forbidden)) {
            return List.of(
                    AssessmentProblem.ofProfile("companyName", AssessmentProblem.Kind.INVALID_CHARACTERS, null));
        }
        return List.of();
    }

    /** Keeps an echoed value short, so that a huge input is not repeated back in full. */
    static String shorten(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }
}
