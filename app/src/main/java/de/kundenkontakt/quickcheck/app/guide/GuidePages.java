package de.kundenkontakt.quickcheck.app.guide;

import java.util.List;

/** The guide's general chapters as data: tips, glossary, customer journey. Immutable. */
public final class GuidePages {

    private GuidePages() {}

    /** A piece of advice: a short imperative and its reason. */
    public record Advice(String title, List<String> text) {}

    /** The guide's do's and don'ts. */
    public record DosAndDonts(List<String> intro, List<Advice> dos, List<Advice> donts) {

        static DosAndDonts from(YamlDocument yaml) {
            return new DosAndDonts(yaml.paragraphs("intro"), advice(yaml, "dos"), advice(yaml, "donts"));
        }

        private static List<Advice> advice(YamlDocument yaml, String key) {
            return yaml.documents(key).stream()
                    .map(a -> new Advice(a.text("title"), a.paragraphs("text")))
                    .toList();
        }
    }

    /**
     * A glossary entry.
     *
     * @param term the term as the glossary lists it
     * @param definition paragraphs
     * @param match the spellings under which pages link to it (see {@link GlossaryLinks}); by
     *     default the term up to an opening bracket
     */
    public record Term(String term, List<String> definition, List<String> match) {

        public Term {
            match = match == null || match.isEmpty()
                    ? List.of(term.replaceFirst("\\s*\\(.*$", ""))
                    : List.copyOf(match);
        }

        /** An anchor id for links: lower case letters, digits and hyphens. */
        public String anchor() {
            String normalized = java.text.Normalizer.normalize(
                            term.toLowerCase(java.util.Locale.ROOT)
                                    .replace("ä", "ae")
                                    .replace("ö", "oe")
                                    .replace("ü", "ue")
                                    .replace("ß", "ss"),
                            java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            return "begriff-" + normalized.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }

    /** The glossary, in the order of the file. */
    public record Glossary(List<Term> terms) {

        static Glossary from(YamlDocument yaml) {
            return new Glossary(yaml.documents("terms").stream()
                    .map(t -> new Term(t.text("term"), t.paragraphs("definition"), t.optionalTexts("match")))
                    .toList());
        }
    }

    /** One customer-journey phase explained. */
    public record PhaseText(String id, String name, List<String> description) {}

    /** The customer journey and its AIDA(LA) phases explained. */
    public record Journey(List<String> intro, List<PhaseText> phases) {

        static Journey from(YamlDocument yaml) {
            return new Journey(
                    yaml.paragraphs("intro"),
                    yaml.documents("phases").stream()
                            .map(p -> new PhaseText(p.text("id"), p.text("name"), p.paragraphs("description")))
                            .toList());
        }

        /** The explanation of the phase with this id, if present. */
        public java.util.Optional<PhaseText> phase(String id) {
            return phases.stream().filter(p -> p.id().equals(id)).findFirst();
        }
    }
}
