package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.assessment.Industry;
import de.kundenkontakt.quickcheck.app.assessment.Market;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.Region;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.web.RadioChoice;
import de.kundenkontakt.quickcheck.app.web.SelectOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The choices of the company form in one language: those of an assessment's company profile, built
 * as the profile form builds them ({@link SelectOption}, {@link RadioChoice}), each with "not given"
 * first; the form's values are the chosen ones. Its errors are the form's binding result's. Immutable.
 *
 * @param industries the options of the industry select
 * @param sizeClasses the radios of the size class
 * @param regions the options of the region select
 * @param markets the radios of the market
 */
record CompanyFormView(
        List<SelectOption> industries,
        List<RadioChoice> sizeClasses,
        List<SelectOption> regions,
        List<RadioChoice> markets) {

    static CompanyFormView of(CompanyForm form, ProfileOptions options, Locale locale) {
        Texts texts = Texts.of(locale);
        String notGiven = texts.get("company.form.not-given");
        return new CompanyFormView(
                SelectOption.withNone(notGiven, options.industries(), Industry::code, i -> i.label(locale), form.industry()),
                radios("sizeClass", notGiven, form.sizeClass(), List.of(SizeClass.values()), SizeClass::id,
                        s -> texts.get(s.messageKey())),
                SelectOption.withNone(notGiven, options.regions(), Region::id, r -> r.name().in(locale), form.region()),
                radios("market", notGiven, form.market(), List.of(Market.values()), Market::id,
                        m -> texts.get(m.messageKey())));
    }

    /** "Not given" first, its id the field's name; then a radio per value, ids {@code name-0}, {@code name-1} … */
    private static <T> List<RadioChoice> radios(
            String name, String notGiven, String chosen, List<T> values, Function<T, String> value,
            Function<T, String> label) {
        List<RadioChoice> radios = new ArrayList<>();
        radios.add(new RadioChoice(name, "", notGiven, chosen == null || chosen.isEmpty()));
        radios.addAll(RadioChoice.numbered(name + "-", values, value, label, chosen));
        return radios;
    }
}
