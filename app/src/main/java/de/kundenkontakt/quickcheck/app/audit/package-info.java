/** The audit log: who did what when in the workspace, without passwords, tokens or answers. */
package de.kundenkontakt.quickcheck.app.audit;
