package de.kundenkontakt.quickcheck.app.assessment.web;

import java.util.Map;

/**
 * What the current-state form sends: a usage id by touchpoint id (fields {@code usage[<id>]}).
 * Unchecked: may hold anything a tampered request sends.
 *
 * @param usage usage id by touchpoint id, may be null when nothing was chosen
 */
record CurrentStateForm(Map<String, String> usage) {

    /** The usages, never null. */
    Map<String, String> usageOrEmpty() {
        return usage == null ? Map.of() : usage;
    }
}
