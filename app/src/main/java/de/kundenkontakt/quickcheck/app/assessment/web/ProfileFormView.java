package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.Industry;
import de.kundenkontakt.quickcheck.app.assessment.Market;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.Region;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.app.web.RadioChoice;
import de.kundenkontakt.quickcheck.app.web.SelectOption;
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
        List<SelectOption> industries,
        List<RadioChoice> sizeClasses,
        List<SelectOption> regions,
        List<RadioChoice> markets) {

    /** The longest company name accepted, for the text field's hint. */
    public static final int MAX_NAME_LENGTH = CompanyProfile.MAX_NAME_LENGTH;

    /** The element the error summary links to for each field. */
    private static final Map<String, String> ANCHORS = Map.of(
            "companyName", "profil-name",
            "industry", "profil-branche",
            "sizeClass", "profil-groesse-0",
            "region", "profil-region",
            "market", "profil-markt-0");

    static ProfileFormView of(
            ProfileForm form, ProfileOptions options, MessageSource messages, Locale locale) {
        String notGiven = AssessmentView.text(messages, "assessment.profile.notGiven", locale);
        return new ProfileFormView(
                form.companyName(),
                SelectOption.withNone(notGiven, options.industries(), Industry::code, i -> i.label(locale), form.industry()),
                RadioChoice.numbered("profil-groesse-", List.of(SizeClass.values()), SizeClass::id,
                        s -> AssessmentView.text(messages, s.messageKey(), locale), form.sizeClass()),
                SelectOption.withNone(notGiven, options.regions(), Region::id, r -> r.name().in(locale), form.region()),
                RadioChoice.numbered("profil-markt-", List.of(Market.values()), Market::id,
                        m -> AssessmentView.text(messages, m.messageKey(), locale), form.market()));
    }

    /** The element the error summary links to for each field: its input, or its first radio button. */
    public Map<String, String> anchors() {
        return ANCHORS;
    }
}
