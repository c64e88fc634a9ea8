/** Bearer authentication with personal access tokens for {@code /api/v1/workspace/**}, and {@code GET /me}. */
package de.kundenkontakt.quickcheck.app.account.api;
