package de.kundenkontakt.quickcheck.app.result.json;

import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes an {@link EvaluationResponse} straight to the generator: the same bytes as Jackson's
 * record serialisation (the records' property order, {@code contributions} left out when null),
 * without its per-property reflective accessors, which took half of the API's time for a
 * 35 KB answer. The records stay the documented schema; this only makes writing them cheap.
 */
public final class EvaluationJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private static final SerializableString CATALOG = new SerializedString("catalog");
    private static final SerializableString LANGUAGE = new SerializedString("language");
    private static final SerializableString RANKING = new SerializedString("ranking");
    private static final SerializableString RANK = new SerializedString("rank");
    private static final SerializableString TOUCHPOINT = new SerializedString("touchpoint");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString PERCENT = new SerializedString("percent");
    private static final SerializableString PERCENT_TEXT = new SerializedString("percentText");
    private static final SerializableString RECOMMENDATION = new SerializedString("recommendation");
    private static final SerializableString RECOMMENDATION_LABEL = new SerializedString("recommendationLabel");
    private static final SerializableString PHASES = new SerializedString("phases");
    private static final SerializableString CONTRIBUTIONS = new SerializedString("contributions");
    private static final SerializableString QUESTION = new SerializedString("question");
    private static final SerializableString LEVEL = new SerializedString("level");
    private static final SerializableString WEIGHT = new SerializedString("weight");
    private static final SerializableString POINTS = new SerializedString("points");
    private static final SerializableString MAXIMUM = new SerializedString("maximum");

    /** A module with the writer; immutable and thread-safe. */
    public EvaluationJsonModule() {
        super("quickcheck-evaluation-json");
        addSerializer(EvaluationResponse.class, new ResponseWriter());
    }

    private static final class ResponseWriter extends ValueSerializer<EvaluationResponse> {

        @Override
        public void serialize(EvaluationResponse response, JsonGenerator out, SerializationContext context) {
            out.writeStartObject();
            out.writeName(CATALOG);
            out.writeString(response.catalog());
            out.writeName(LANGUAGE);
            out.writeString(response.language());
            out.writeName(RANKING);
            out.writeStartArray();
            for (RankedTouchpoint place : response.ranking()) {
                write(place, out);
            }
            out.writeEndArray();
            out.writeEndObject();
        }

        private static void write(RankedTouchpoint place, JsonGenerator out) {
            TouchpointSummary summary = place.summary();
            out.writeStartObject();
            out.writeName(RANK);
            out.writeNumber(summary.rank());
            out.writeName(TOUCHPOINT);
            out.writeString(summary.touchpoint());
            out.writeName(NAME);
            out.writeString(summary.name());
            out.writeName(PERCENT);
            out.writeNumber(summary.percent());
            out.writeName(PERCENT_TEXT);
            out.writeString(summary.percentText());
            out.writeName(RECOMMENDATION);
            out.writeString(summary.recommendation());
            out.writeName(RECOMMENDATION_LABEL);
            out.writeString(summary.recommendationLabel());
            out.writeName(PHASES);
            out.writeStartArray();
            for (String phase : place.phases()) {
                out.writeString(phase);
            }
            out.writeEndArray();
            List<ContributionJson> contributions = place.contributions();
            if (contributions != null) {
                out.writeName(CONTRIBUTIONS);
                out.writeStartArray();
                for (ContributionJson contribution : contributions) {
                    write(contribution, out);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }

        private static void write(ContributionJson contribution, JsonGenerator out) {
            out.writeStartObject();
            out.writeName(QUESTION);
            out.writeString(contribution.question());
            out.writeName(LEVEL);
            out.writeString(contribution.level());
            out.writeName(WEIGHT);
            out.writeNumber(contribution.weight());
            out.writeName(POINTS);
            out.writeNumber(contribution.points());
            out.writeName(MAXIMUM);
            out.writeNumber(contribution.maximum());
            out.writeEndObject();
        }
    }
}
