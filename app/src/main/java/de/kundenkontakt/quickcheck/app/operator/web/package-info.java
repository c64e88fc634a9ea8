/** The pages whose content the operator configures: help contacts, imprint, privacy notice. */
package de.kundenkontakt.quickcheck.app.operator.web;
