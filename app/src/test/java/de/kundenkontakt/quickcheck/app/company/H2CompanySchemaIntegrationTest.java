package de.kundenkontakt.quickcheck.app.company;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The companies' tables on the embedded H2 database, in the context the workspace's MockMvc tests share. */
@SpringBootTest
@AutoConfigureMockMvc
class H2CompanySchemaIntegrationTest extends CompanySchemaContract {}
