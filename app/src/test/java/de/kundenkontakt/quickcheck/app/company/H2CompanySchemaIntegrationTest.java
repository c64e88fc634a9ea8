package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;

/** The companies' tables on the embedded H2 database, in the context the integration tests share. */
@QuickcheckContext
class H2CompanySchemaIntegrationTest extends CompanySchemaContract {}
