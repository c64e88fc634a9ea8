/** Limits how often one client may write: per-address token buckets with bounded memory. */
package de.kundenkontakt.quickcheck.app.ratelimit;
