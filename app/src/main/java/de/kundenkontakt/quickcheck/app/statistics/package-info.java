/**
 * Figures over many assessments: the advisor dashboard, the public peer benchmark of a completed
 * assessment and the administrators' anonymised research export, all read from summary tables that
 * this module keeps in step with the assessments in the same transaction. {@code statistics.web}
 * holds the dashboard and research export pages, {@code statistics.api} the workspace statistics API.
 */
@ApplicationModule(allowedDependencies = {"assessment", "account", "company", "audit", "web", "api", "api :: json", "i18n"})
package de.kundenkontakt.quickcheck.app.statistics;

import org.springframework.modulith.ApplicationModule;
