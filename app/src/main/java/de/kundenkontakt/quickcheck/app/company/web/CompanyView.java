package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.company.Company;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * A company's page header: name, profile in words, who looks after it. Immutable.
 *
 * @param id the company's id
 * @param name its name
 * @param industry the industry in words, null if not given
 * @param sizeClassKey the size class's message key, null if not given
 * @param region the region in words, null if not given
 * @param marketKey the market's message key, null if not given
 * @param ownerId the account that looks after it
 * @param ownerEmail that account's e-mail address
 * @param ownerActive whether that account is active
 * @param createdAt when it was created
 */
record CompanyView(
        UUID id,
        String name,
        String industry,
        String sizeClassKey,
        String region,
        String marketKey,
        UUID ownerId,
        String ownerEmail,
        boolean ownerActive,
        ZonedDateTime createdAt) {

    static CompanyView of(Company company, Account owner, Locale locale) {
        CompanyProfile p = company.profile();
        return new CompanyView(
                company.id(),
                company.name(),
                p.industry() == null ? null : p.industry().label(locale),
                p.sizeClass() == null ? null : p.sizeClass().messageKey(),
                p.region() == null ? null : p.region().name().in(locale),
                p.market() == null ? null : p.market().messageKey(),
                owner.id(),
                owner.email(),
                owner.active(),
                GermanTime.local(company.createdAt()));
    }

    /** The path of the company's page. */
    public String link() {
        return CompanyPages.company(id);
    }
}
