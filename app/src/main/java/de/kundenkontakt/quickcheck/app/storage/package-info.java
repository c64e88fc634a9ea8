/** Keeps what the application acknowledges on disk: durability settings of the database. */
@ApplicationModule(allowedDependencies = {})
package de.kundenkontakt.quickcheck.app.storage;

import org.springframework.modulith.ApplicationModule;
