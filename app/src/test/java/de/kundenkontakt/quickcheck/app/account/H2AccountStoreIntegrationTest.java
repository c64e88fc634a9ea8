package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;

/** The account store on the embedded H2 database, in the context the integration tests share. */
@QuickcheckContext
class H2AccountStoreIntegrationTest extends AccountStoreContract {}
