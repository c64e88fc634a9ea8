/**
 * Keeps what the application acknowledges on disk (durability settings of the database) and
 * removes it when its time is up (the retention schedule).
 */
@ApplicationModule(allowedDependencies = "assessment")
package de.kundenkontakt.quickcheck.app.storage;

import org.springframework.modulith.ApplicationModule;
