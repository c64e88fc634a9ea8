/** Sign-in and sign-out, the workspace's entry page, the account page, administration and invitations. */
package de.kundenkontakt.quickcheck.app.account.web;
