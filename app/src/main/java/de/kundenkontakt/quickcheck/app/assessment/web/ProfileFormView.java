package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.Market;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        return new ProfileFormView(form.companyName(), industries, sizes, regions, markets);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The element the error summary links to for each field: its input, or its first radio button. */
    public Map<String, String> anchors() {
        return ANCHORS;
    }
}
