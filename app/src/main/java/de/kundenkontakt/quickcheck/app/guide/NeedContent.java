package de.kundenkontakt.quickcheck.app.guide;

import java.util.List;

/**
 * One of the needs a company rates, explained in plain words with an example. Immutable.
 *
 * @param id the question id
 * @param explanation paragraphs
 * @param example paragraphs
 */
public record NeedContent(String id, List<String> explanation, List<String> example) {

    static NeedContent from(YamlDocument yaml) {
        return new NeedContent(yaml.text("id"), yaml.paragraphs("explanation"), yaml.paragraphs("example"));
    }
}
