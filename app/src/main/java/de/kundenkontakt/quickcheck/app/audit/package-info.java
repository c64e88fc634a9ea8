/**
 * The audit log: who did what when in the workspace, without passwords, tokens or answers.
 * {@code audit.web} holds the page for administrators.
 */
@ApplicationModule(allowedDependencies = {})
package de.kundenkontakt.quickcheck.app.audit;

import org.springframework.modulith.ApplicationModule;
