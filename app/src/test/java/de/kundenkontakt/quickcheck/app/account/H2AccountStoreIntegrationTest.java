package de.kundenkontakt.quickcheck.app.account;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The account store on the embedded H2 database, in the context the workspace's MockMvc tests share. */
@SpringBootTest
@AutoConfigureMockMvc
class H2AccountStoreIntegrationTest extends AccountStoreContract {}
