package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.api.json.ApiJson;
import de.kundenkontakt.quickcheck.app.api.json.FieldProblem;
import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentChanges;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentProblem;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.Industry;
import de.kundenkontakt.quickcheck.app.assessment.InvalidAssessmentException;
import de.kundenkontakt.quickcheck.app.assessment.Market;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.Region;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationRequestReader;
import de.kundenkontakt.quickcheck.engine.AnswerProblem;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads the bodies that create ({@code POST}) and change ({@code PATCH}) an assessment, checking
 * every field and naming each bad one: {@code answers.reichweite}, {@code profile.industry},
 * {@code currentState.blog}. A change is a JSON Merge Patch (RFC 7396) of answers, profile and
 * current state. Immutable and thread-safe.
 */
@Component
public final class AssessmentRequestReader {

    /** The top-level fields of a body that creates an assessment, in documentation order. */
    public static final List<String> CREATE_FIELDS = List.of("catalog", "answers", "draft", "profile", "currentState");

    /** The top-level fields of a body that changes an assessment, in documentation order. */
    public static final List<String> CHANGE_FIELDS = List.of("answers", "complete", "profile", "currentState");

    /** The fields of a profile, in documentation order. */
    public static final List<String> PROFILE_FIELDS = List.of("companyName", "industry", "sizeClass", "region", "market");

    private static final int SHOWN = 64;

    private final Catalogs catalogs;
    private final ProfileOptions options;

    /** A reader for these catalogues and profile lists, both not null. */
    public AssessmentRequestReader(Catalogs catalogs, ProfileOptions options) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Parses and checks a body that creates an assessment.
     *
     * @param json the body (UTF-8, or UTF-16/32 with the usual detection), not null
     * @throws InvalidRequestException naming every problem found
     */
    public NewAssessment readNew(byte[] json) {
        JsonNode root = EvaluationRequestReader.parse(() -> ApiJson.mapper().readTree(json));
        List<FieldProblem> problems = new ArrayList<>();
        requireObject(root, CREATE_FIELDS);
        unknownFields(root, CREATE_FIELDS, "", problems);
        Optional<Catalog> catalog = catalog(root.get("catalog"), problems);
        Boolean draft = flag(root, "draft", problems);
        String levels = EvaluationRequestReader.levels(catalog.orElse(catalogs.defaultCatalog()));
        Map<String, String> answers = new LinkedHashMap<>();
        merge(root.get("answers"), "answers", answers, false, levels, problems);
        Map<String, String> profileIds = new LinkedHashMap<>();
        merge(root.get("profile"), "profile", profileIds, false, levels, problems);
        Map<String, String> stateIds = new LinkedHashMap<>();
        merge(root.get("currentState"), "currentState", stateIds, false, levels, problems);
        CompanyProfile profile = profile(profileIds, problems);
        if (catalog.isEmpty()) {
            throw invalid(problems);
        }
        CurrentState state = currentState(stateIds, catalog.get(), problems);
        boolean requireComplete = Boolean.FALSE.equals(draft);
        boolean complete = checkAnswers(answers, catalog.get(), requireComplete, problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        boolean saveAsDraft = Boolean.TRUE.equals(draft) || !complete;
        return new NewAssessment(
                new AssessmentInput(root.has("catalog") && !root.get("catalog").isNull() ? catalog.get().id() : null,
                        answers, profile, state),
                saveAsDraft);
    }

    /**
     * Parses and checks a body that changes {@code current}, a JSON Merge Patch of its answers,
     * profile and current state.
     *
     * @param json the body, not null
     * @param current the assessment as it is now, not null
     * @throws InvalidRequestException naming every problem found, including every open question
     *     when the assessment is or becomes complete
     */
    public AssessmentChanges readChanges(byte[] json, Assessment current) {
        JsonNode root = EvaluationRequestReader.parse(() -> ApiJson.mapper().readTree(json));
        List<FieldProblem> problems = new ArrayList<>();
        requireObject(root, CHANGE_FIELDS);
        for (String name : root.propertyNames()) {
            if ("catalog".equals(name)) {
                problems.add(FieldProblem.of("catalog", "catalog.fixed"));
            } else if (!CHANGE_FIELDS.contains(name)) {
                problems.add(FieldProblem.of(shorten(name), "field.not-allowed", String.join(", ", CHANGE_FIELDS)));
            }
        }
        Catalog catalog = current.catalog();
        String levels = EvaluationRequestReader.levels(catalog);
        boolean completing = Boolean.TRUE.equals(flag(root, "complete", problems));

        Map<String, String> answers = null;
        if (root.has("answers")) {
            answers = new LinkedHashMap<>(current.answers().asIds());
            merge(root.get("answers"), "answers", answers, true, levels, problems);
        }
        CompanyProfile profile = null;
        if (root.has("profile")) {
            Map<String, String> profileIds = ids(AssessmentJson.profile(current.profile()));
            merge(root.get("profile"), "profile", profileIds, true, levels, problems);
            profile = profile(profileIds, problems);
        }
        CurrentState state = null;
        if (root.has("currentState")) {
            Map<String, String> stateIds = new LinkedHashMap<>(current.currentState().asIds());
            merge(root.get("currentState"), "currentState", stateIds, true, levels, problems);
            state = currentState(stateIds, catalog, problems);
        }
        boolean mustBeComplete = completing || current.isComplete();
        if (answers != null || completing) {
            checkAnswers(
                    answers != null ? answers : current.answers().asIds(), catalog, mustBeComplete, problems);
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new AssessmentChanges(answers, completing, profile, state);
    }

    private static void requireObject(JsonNode root, List<String> fields) {
        if (!root.isObject()) {
            throw invalid(List.of(FieldProblem.of("body", "body.not-assessment", String.join(", ", fields))));
        }
    }

    private static void unknownFields(JsonNode node, List<String> allowed, String prefix, List<FieldProblem> problems) {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(FieldProblem.of(prefix + shorten(name), "field.not-allowed", String.join(", ", allowed)));
            }
        }
    }

    private Optional<Catalog> catalog(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return Optional.of(catalogs.defaultCatalog());
        }
        String known = String.join(", ", catalogs.ids());
        if (!node.isString()) {
            problems.add(FieldProblem.of("catalog", "catalog.not-string", known));
            return Optional.empty();
        }
        Optional<Catalog> found = catalogs.find(node.asString());
        if (found.isEmpty()) {
            problems.add(FieldProblem.of("catalog", "catalog.unknown", shorten(node.asString()), known));
        }
        return found;
    }

    private static Boolean flag(JsonNode root, String name, List<FieldProblem> problems) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problems.add(FieldProblem.of(name, "flag.not-boolean"));
            return null;
        }
        return node.asBoolean();
    }

    /**
     * Merges the object {@code node} into {@code target} as RFC 7396 does one level deep: a string
     * sets a key, null removes it (or, with {@code nullClears}, null for the whole object clears it).
     */
    private static void merge(
            JsonNode node,
            String field,
            Map<String, String> target,
            boolean nullClears,
            String levels,
            List<FieldProblem> problems) {
        if (node == null) {
            return;
        }
        if (node.isNull()) {
            if (nullClears) {
                target.clear();
            }
            return;
        }
        if (!node.isObject()) {
            problems.add(FieldProblem.of(field, field + ".not-object", allowedFor(field)));
            return;
        }
        if (field.equals("profile")) {
            unknownFields(node, PROFILE_FIELDS, "profile.", problems);
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (field.equals("profile") && !PROFILE_FIELDS.contains(key)) {
                continue;
            }
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isString()) {
                target.put(key, value.asString());
            } else {
                problems.add(notString(field, key, levels));
            }
        }
    }

    private static FieldProblem notString(String field, String key, String levels) {
        String path = field + "." + shorten(key);
        return switch (field) {
            case "answers" -> FieldProblem.of(path, "level.not-string", levels);
            case "currentState" -> FieldProblem.of(path, "usage.not-string", usages());
            default -> FieldProblem.of(path, "value.not-string");
        };
    }

    private static String allowedFor(String field) {
        return switch (field) {
            case "profile" -> String.join(", ", PROFILE_FIELDS);
            case "currentState" -> usages();
            default -> "";
        };
    }

    private static Map<String, String> ids(ProfileJson profile) {
        Map<String, String> ids = new LinkedHashMap<>();
        putIfGiven(ids, "companyName", profile.companyName());
        putIfGiven(ids, "industry", profile.industry());
        putIfGiven(ids, "sizeClass", profile.sizeClass());
        putIfGiven(ids, "region", profile.region());
        putIfGiven(ids, "market", profile.market());
        return ids;
    }

    private static void putIfGiven(Map<String, String> ids, String key, String value) {
        if (value != null) {
            ids.put(key, value);
        }
    }

    private CompanyProfile profile(Map<String, String> ids, List<FieldProblem> problems) {
        try {
            return CompanyProfile.parse(
                    options,
                    ids.get("companyName"),
                    ids.get("industry"),
                    ids.get("sizeClass"),
                    ids.get("region"),
                    ids.get("market"));
        } catch (InvalidAssessmentException e) {
            e.problems().forEach(p -> problems.add(describe(p)));
            return CompanyProfile.EMPTY;
        }
    }

    private CurrentState currentState(Map<String, String> ids, Catalog catalog, List<FieldProblem> problems) {
        Map<String, Usage> usages = new LinkedHashMap<>();
        ids.forEach((touchpointId, usageId) -> {
            String field = "currentState." + shorten(touchpointId);
            Optional<Usage> usage = Usage.byId(usageId.strip());
            if (catalog.touchpoint(touchpointId).isEmpty()) {
                problems.add(FieldProblem.of(field, "touchpoint.unknown", shorten(touchpointId), catalog.id()));
            } else if (usage.isEmpty()) {
                problems.add(FieldProblem.of(field, "usage.unknown", shorten(usageId), usages()));
            } else {
                usages.put(touchpointId, usage.get());
            }
        });
        return CurrentState.of(usages);
    }

    /** Checks answers against the catalogue; true when every question is answered. */
    private static boolean checkAnswers(
            Map<String, String> answers, Catalog catalog, boolean requireComplete, List<FieldProblem> problems) {
        try {
            Answers checked = requireComplete ? Answers.complete(catalog, answers) : Answers.draft(catalog, answers);
            return checked.isComplete();
        } catch (InvalidAnswersException e) {
            for (AnswerProblem problem : e.problems()) {
                FieldProblem described = EvaluationRequestReader.describe(problem, catalog);
                FieldProblem shown = new FieldProblem(
                        "answers." + shorten(problem.questionId()),
                        described.code(),
                        described.args().stream().map(AssessmentRequestReader::shorten).toList());
                // a level of the wrong type is already reported and counts as open here
                if (problems.stream().noneMatch(p -> p.field().equals(shown.field()))) {
                    problems.add(shown);
                }
            }
            return false;
        }
    }

    /**
     * Describes a problem of a profile or current state as a field problem; the allowed values are
     * named where the list is short enough to be useful.
     */
    public FieldProblem describe(AssessmentProblem problem) {
        String value = problem.value() == null ? "" : shorten(problem.value());
        return switch (problem.kind()) {
            case UNKNOWN_VALUE -> FieldProblem.of(problem.field(), "value.unknown", value, allowedValues(problem.field()));
            case TOO_LONG -> FieldProblem.of(
                    problem.field(), "companyName.too-long", String.valueOf(CompanyProfile.MAX_NAME_LENGTH));
            case INVALID_CHARACTERS -> FieldProblem.of(problem.field(), "companyName.invalid-characters");
            case UNKNOWN_TOUCHPOINT -> FieldProblem.of(problem.field(), "touchpoint.unknown.plain", value);
        };
    }

    /** The request problem that a profile, current state or catalogue the service refused amounts to. */
    public InvalidRequestException invalid(InvalidAssessmentException refused) {
        return invalid(refused.problems().stream().map(this::describe).toList());
    }

    private String allowedValues(String field) {
        return switch (field) {
            case "profile.industry" -> String.join(", ", options.industries().stream().map(Industry::code).toList());
            case "profile.sizeClass" -> String.join(", ", Arrays.stream(SizeClass.values()).map(SizeClass::id).toList());
            case "profile.region" -> String.join(", ", options.regions().stream().map(Region::id).toList());
            case "profile.market" -> String.join(", ", Arrays.stream(Market.values()).map(Market::id).toList());
            case "catalog" -> String.join(", ", catalogs.ids());
            default -> field.startsWith("currentState.") ? usages() : "-";
        };
    }

    private static String usages() {
        return String.join(", ", Arrays.stream(Usage.values()).map(Usage::id).toList());
    }

    /** Keeps an echoed key or value short, so that a huge input is not repeated back in full. */
    static String shorten(String value) {
        return value == null || value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }

    private static InvalidRequestException invalid(List<FieldProblem> problems) {
        return new InvalidRequestException(InvalidRequestException.Kind.INVALID, problems);
    }
}
