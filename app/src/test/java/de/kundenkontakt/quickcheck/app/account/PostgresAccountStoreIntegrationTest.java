package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.assessment.PostgresContext;

/** The account store on a real PostgreSQL, with the application's profile "postgres". */
@PostgresContext
class PostgresAccountStoreIntegrationTest extends AccountStoreContract {}
