package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.Market;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The company profile form in one language: the values to show, the choices and the errors by
 * field ("companyName", "industry", "sizeClass", "region", "market"). Immutable.
 *
 * @param companyName the name to show in the text field, may be null
 * @param industries the options of the industry select, "not given" first
 * @param sizeClasses the radios of the size class
 * @param regions the options of the region select, "not given" first
 * @param markets the radios of the market
 * @param errors error message by field; never null
 */
public record ProfileFormView(
        String companyName,
        List<Option> industries,
        List<AssessmentView.Choice> sizeClasses,
        List<Option> regions,
        List<AssessmentView.Choice> markets,
        Map<String, String> errors) {

    /** The longest company name accepted, for the text field's hint. */
    public static final int MAX_NAME_LENGTH = CompanyProfile.MAX_NAME_LENGTH;

    /** The fields in form order. */
    static final List<String> FIELDS = List.of("companyName", "industry", "sizeClass", "region", "market");

    public ProfileFormView {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** An option of a select. */
    public record Option(String value, String label, boolean selected) {}

    static ProfileFormView of(
            ProfileForm form, ProfileOptions options, Map<String, String> errors, MessageSource messages, Locale locale) {
        String notGiven = AssessmentView.text(messages, "assessment.profile.notGiven", locale);
        List<Option> industries = new ArrayList<>();
        industries.add(new Option("", notGiven, blank(form.industry())));
        options.industries().forEach(i -> industries.add(
                new Option(i.code(), i.code() + " – " + i.name().in(locale), i.code().equals(form.industry()))));
        List<Option> regions = new ArrayList<>();
        regions.add(new Option("", notGiven, blank(form.region())));
        options.regions().forEach(r -> regions.add(
                new Option(r.id(), r.name().in(locale), r.id().equals(form.region()))));
        List<AssessmentView.Choice> sizes = new ArrayList<>();
        SizeClass[] sizeClasses = SizeClass.values();
        for (int i = 0; i < sizeClasses.length; i++) {
            sizes.add(new AssessmentView.Choice(
                    "profil-groesse-" + i,
                    sizeClasses[i].id(),
                    AssessmentView.text(messages, sizeClasses[i].messageKey(), locale),
                    sizeClasses[i].id().equals(form.sizeClass())));
        }
        List<AssessmentView.Choice> markets = new ArrayList<>();
        Market[] allMarkets = Market.values();
        for (int i = 0; i < allMarkets.length; i++) {
            markets.add(new AssessmentView.Choice(
                    "profil-markt-" + i,
                    allMarkets[i].id(),
                    AssessmentView.text(messages, allMarkets[i].messageKey(), locale),
                    allMarkets[i].id().equals(form.market())));
        }
        return new ProfileFormView(form.companyName(), industries, sizes, regions, markets, errors);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The error message of a field, null when there is none. */
    public String error(String field) {
        return errors.get(field);
    }

    /** The id of the element the error summary links to for a field. */
    public static String anchor(String field) {
        return switch (field) {
            case "companyName" -> "profil-name";
            case "industry" -> "profil-branche";
            case "sizeClass" -> "profil-groesse-0";
            case "region" -> "profil-region";
            case "market" -> "profil-markt-0";
            default -> "profil";
        };
    }
}
