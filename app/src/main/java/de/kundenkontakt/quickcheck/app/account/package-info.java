/**
 * Accounts of consultants and administrators: passwords, invitations, personal access tokens,
 * sign-in throttling, and the signed-in account that the workspace's pages and API act for.
 */
package de.kundenkontakt.quickcheck.app.account;
