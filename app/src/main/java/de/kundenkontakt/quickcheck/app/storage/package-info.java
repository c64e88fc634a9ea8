/** Keeps what the application acknowledges on disk: durability settings of the database. */
package de.kundenkontakt.quickcheck.app.storage;
