/** Limits how often one client may write: per-address token buckets with bounded memory. */
@ApplicationModule(allowedDependencies = {"web", "api"})
package de.kundenkontakt.quickcheck.app.ratelimit;

import org.springframework.modulith.ApplicationModule;
