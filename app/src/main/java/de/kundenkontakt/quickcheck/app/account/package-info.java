/**
 * Accounts of consultants and administrators: passwords, invitations, personal access tokens,
 * sign-in throttling, and the signed-in account that the workspace's pages and API act for.
 * {@code account.web} holds the pages, {@code account.api} the bearer authentication of the
 * workspace API. The command line's {@code user} commands reach it through {@link
 * de.kundenkontakt.quickcheck.app.account.AccountConsole}.
 */
@ApplicationModule(allowedDependencies = {"audit", "assessment", "cli", "web", "api", "i18n"})
package de.kundenkontakt.quickcheck.app.account;

import org.springframework.modulith.ApplicationModule;
