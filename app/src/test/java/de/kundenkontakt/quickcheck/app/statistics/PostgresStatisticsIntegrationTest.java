package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.assessment.PostgresContext;

/** The statistics on a real PostgreSQL (shared with other tests: the direct count reads the same rows). */
@PostgresContext
class PostgresStatisticsIntegrationTest extends StatisticsContract {}
