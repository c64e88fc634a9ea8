package de.kundenkontakt.quickcheck.app.api.json;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON Merge Patch (RFC 7396) on Jackson trees. */
public final class JsonMergePatch {

    private JsonMergePatch() {}

    /**
     * The target with the patch applied, as RFC 7396 section 2 defines it: a patch that is not an
     * object replaces the target; otherwise each member of the patch removes (null), merges (object)
     * or sets the target's member of that name. Neither argument is changed.
     *
     * @param target the document to patch, null for none
     * @param patch the patch, not null
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
