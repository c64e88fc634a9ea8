package de.kundenkontakt.quickcheck.app.statistics;

/**
 * The statistics on the embedded H2 database, in the statistics tests' database of their own
 * ({@link StatisticsContext}: no other test's rows).
 */
@StatisticsContext
class H2StatisticsIntegrationTest extends StatisticsContract {}
