package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;

/** The store on the embedded H2 database, in memory for speed, in the context the integration tests share. */
@QuickcheckContext
class H2AssessmentStoreIntegrationTest extends AssessmentStoreContract {}
