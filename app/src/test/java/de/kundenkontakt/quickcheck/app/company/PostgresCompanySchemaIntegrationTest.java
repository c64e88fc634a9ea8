package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.assessment.PostgresContext;

/** The companies' tables on a real PostgreSQL, with the application's profile "postgres". */
@PostgresContext
class PostgresCompanySchemaIntegrationTest extends CompanySchemaContract {}
