package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.Industry;
import de.kundenkontakt.quickcheck.app.assessment.Market;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.Region;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * The company profile form in one language: the values to show and the choices. Its errors are the
 * form's binding result's. Immutable.
 *
 * @param companyName the name to show in the text field, may be null
 * @param industries the options of the industry select, "not given" first
 * @param sizeClasses the radios of the size class
 * @param regions the options of the region select, "not given" first
 * @param markets the radios of the market
 */
public record ProfileFormView(
        String companyName,
        List<Option> industries,
        List<AssessmentView.Choice> sizeClasses,
        List<Option> regions,
        List<AssessmentView.Choice> markets) {

    /** The longest company name accepted, for the text field's hint. */
    public static final int MAX_NAME_LENGTH = CompanyProfile.MAX_NAME_LENGTH;

    /** The element the error summary links to for each field. */
    private static final Map<String, String> ANCHORS = Map.of(
            "companyName", "profil-name",
            "industry", "profil-branche",
            "sizeClass", "profil-groesse-0",
            "region", "profil-region",
            "market", "profil-markt-0");

    /** An option of a select. */
    public record Option(String value, String label, boolean selected) {}

    static ProfileFormView of(
            ProfileForm form, ProfileOptions options, MessageSource messages, Locale locale) {
        String notGiven = AssessmentView.text(messages, "assessment.profile.notGiven", locale);
        return new ProfileFormView(
                form.companyName(),
                options(notGiven, options.industries(), Industry::code, i -> i.code() + " – " + i.name().in(locale),
                        form.industry()),
                radios("profil-groesse-", SizeClass.values(), SizeClass::id,
                        s -> AssessmentView.text(messages, s.messageKey(), locale), form.sizeClass()),
                options(notGiven, options.regions(), Region::id, r -> r.name().in(locale), form.region()),
                radios("profil-markt-", Market.values(), Market::id,
                        m -> AssessmentView.text(messages, m.messageKey(), locale), form.market()));
    }

    /** The options of a select: "not given" first, then one for each value. */
    private static <T> List<Option> options(
            String notGiven, List<T> values, Function<T, String> id, Function<T, String> label, String chosen) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", notGiven, blank(chosen)));
        values.forEach(v -> options.add(new Option(id.apply(v), label.apply(v), id.apply(v).equals(chosen))));
        return options;
    }

    /** The radio buttons of a choice, their ids numbered from {@code idPrefix + 0}. */
    private static <T> List<AssessmentView.Choice> radios(
            String idPrefix, T[] values, Function<T, String> id, Function<T, String> label, String chosen) {
        List<AssessmentView.Choice> radios = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String value = id.apply(values[i]);
            radios.add(new AssessmentView.Choice(idPrefix + i, value, label.apply(values[i]), value.equals(chosen)));
        }
        return radios;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The element the error summary links to for each field: its input, or its first radio button. */
    public Map<String, String> anchors() {
        return ANCHORS;
    }
}
