package de.kundenkontakt.quickcheck.app.assessment;

/** The store on a real PostgreSQL, with the application's profile "postgres". */
@PostgresContext
class PostgresAssessmentStoreIntegrationTest extends AssessmentStoreContract {}
