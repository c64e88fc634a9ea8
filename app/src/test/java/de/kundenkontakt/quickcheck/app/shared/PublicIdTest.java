package de.kundenkontakt.quickcheck.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentStatus;
import de.kundenkontakt.quickcheck.app.assessment.Market;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmark;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.company.CompanySort;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public id as it is stored, sent and linked: a changed id is a data migration, so each one
 * is written out here, and the lookup back must find each constant by it.
 */
class PublicIdTest {

    /** Every enumeration with a public id, each constant with its id, in declaration order. */
    private static final Map<Class<?>, List<String>> IDS = new LinkedHashMap<>();

    static {
        IDS.put(Role.class, List.of("consultant", "admin"));
        IDS.put(AssessmentStatus.class, List.of("draft", "complete"));
        IDS.put(Market.class, List.of("b2b", "b2c", "both"));
        IDS.put(SizeClass.class, List.of("1-9", "10-49", "50-249", "250+"));
        IDS.put(Usage.class, List.of("in-use", "planned", "not-used"));
        IDS.put(PeerBenchmark.Scope.class, List.of("industry-size", "size", "all"));
        IDS.put(CompanySort.class, List.of("name", "letzte-auswertung"));
        IDS.put(AuditAction.class, List.of(
                "sign-in", "sign-in-failed", "sign-out", "account-created", "invitation-created",
                "invitation-accepted", "password-changed", "token-created", "token-revoked",
                "account-deactivated", "dashboard-exported", "research-exported", "company-deleted",
                "company-reassigned", "companies-exported", "company-link-created", "share-granted",
                "share-withdrawn"));
    }

    static Stream<Arguments> constants() {
        return IDS.entrySet().stream().flatMap(entry -> {
            Object[] constants = entry.getKey().getEnumConstants();
            assertThat(constants).as(entry.getKey().getName()).hasSameSizeAs(entry.getValue().toArray());
            return Arrays.stream(constants).map(constant -> Arguments.of(
                    entry.getKey(), constant, entry.getValue().get(((Enum<?>) constant).ordinal())));
        });
    }

    @ParameterizedTest(name = "{1} is \"{2}\"")
    @MethodSource("constants")
    <E extends Enum<E> & PublicId> void eachConstantKeepsItsIdAndIsFoundByIt(Class<E> type, E constant, String id) {
        assertThat(constant.id()).isEqualTo(id);
        assertThat(PublicId.byId(type, id)).containsSame(constant);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("constants")
    <E extends Enum<E> & PublicId> void anIdIsWorkedOutOnceNotPerCall(Class<E> type, E constant, String id) {
        assertThat(constant.id()).isSameAs(constant.id());
    }

    @Test
    void unknownOrMissingIdsFindNothing() {
        assertThat(PublicId.byId(Usage.class, null)).isEmpty();
        assertThat(PublicId.byId(Usage.class, "")).isEmpty();
        assertThat(PublicId.byId(Usage.class, "IN_USE")).as("the Java name is no id").isEmpty();
        assertThat(PublicId.byId(Usage.class, "in_use")).isEmpty();
        assertThat(PublicId.byId(Usage.class, "In-Use")).as("ids are case-sensitive").isEmpty();
        assertThat(PublicId.byId(SizeClass.class, "from-1-to-9")).as("an explicit id replaces the derived one").isEmpty();
        assertThat(PublicId.byId(Role.class, "administrator")).isEmpty();
        assertThat(PublicId.byId(Market.class, "size")).as("each enumeration has its own ids").isEmpty();
    }

    @Test
    void theTableNamesEveryEnumerationWithAPublicIdAndNothingElseHasOne() {
        List<JavaClass> implementations = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.kundenkontakt.quickcheck.app")
                .stream()
                .filter(type -> type.isAssignableTo(PublicId.class) && !type.isInterface())
                .toList();
        assertThat(implementations).as("implemented by enumerations only").allMatch(JavaClass::isEnum);
        assertThat(implementations.stream().map(JavaClass::getName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(IDS.keySet().stream().map(Class::getName).toList());
    }
}
