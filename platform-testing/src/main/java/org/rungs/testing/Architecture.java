package org.rungs.testing;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape every Rungs service keeps, as ArchUnit rules over its compiled classes. Per feature
 * ({@code org.rungs.<service>.<feature>}):
 * <ul>
 * <li>{@code domain}: aggregates, value objects, domain errors, repository interfaces. No HTTP, no problem types, no
 * framework: of JPA and Hibernate only mapping annotations (and the enums they take), of Jackson only annotations. It
 * reads no clock: time is given to it.</li>
 * <li>{@code application}: use cases, transactional, with an injected {@link Clock}. No HTTP, no problem types.</li>
 * <li>{@code api}: resources, request and response records, the domain-error-to-problem mapping. Reads through domain
 * repository interfaces, never their persistence implementations.</li>
 * <li>{@code persistence}: the repository implementations (Panache).</li>
 * <li>{@code messaging}: the service's one inbound consumer.</li>
 * </ul>
 * No package depends, even indirectly, on a package that depends on it.
 */
public final class Architecture {

    private Architecture() {
    }

    /** Checks every rule against the service's main classes. */
    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        rules(basePackage).forEach(rule -> rule.check(classes));
    }

    public static List<ArchRule> rules(String base) {
        String domain = base + "..domain..";
        String application = base + "..application..";
        String api = base + "..api..";
        String persistence = base + "..persistence..";
        String messaging = base + "..messaging..";
        return List.of(
                classes().that().resideInAPackage(base + ".(*).(*)..")
                        .should().resideInAnyPackage(domain, application, api, persistence, messaging)
                        .as("every class of a feature is in its domain, application, api, persistence or messaging "
                                + "package"),
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat(resideInAnyPackage("jakarta.ws.rs..", "io.quarkus..",
                                "io.vertx..", "io.smallrye..", "jakarta.transaction..", "jakarta.enterprise..",
                                "jakarta.inject..", "org.eclipse.microprofile..", "com.fasterxml.jackson.databind..",
                                "com.fasterxml.jackson.core..", "org.rungs.spine.problem..",
                                "org.rungs.spine.outbox..", "org.rungs.spine.messaging..",
                                "org.rungs.spine.security..", "org.rungs.spine.rest..",
                                "org.rungs.spine.idempotency..")
                                .or(persistenceApiBeyondMapping()))
                        .as("the domain is free of HTTP, problem types and frameworks (JPA and Hibernate: mapping "
                                + "annotations only)"),
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(application, api, persistence, messaging)
                        .as("the domain depends on no other layer"),
                noClasses().that().resideInAPackage(application)
                        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..",
                                "org.rungs.spine.problem..", api, persistence, messaging)
                        .as("use cases know no HTTP, no problem types, no resources and no persistence code"),
                noClasses().that().resideInAnyPackage(api, messaging)
                        .should().dependOnClassesThat().resideInAPackage(persistence)
                        .as("resources and consumers go through use cases and repository interfaces"),
                noClasses().that().resideInAnyPackage(domain, application)
                        .should().callMethod(Instant.class, "now")
                        .orShould().callMethod(LocalDate.class, "now")
                        .orShould().callMethod(LocalDateTime.class, "now")
                        .orShould().callMethod(OffsetDateTime.class, "now")
                        .orShould().callMethod(ZonedDateTime.class, "now")
                        .orShould().callMethod(Clock.class, "systemUTC")
                        .orShould().callMethod(Clock.class, "systemDefaultZone")
                        .orShould().callMethod(System.class, "currentTimeMillis")
                        .as("the domain and the use cases take time from an injected Clock"),
                slices().matching(base + ".(**)").should().beFreeOfCycles()
                        .as("no package cycles in " + base));
    }

    private static DescribedPredicate<JavaClass> persistenceApiBeyondMapping() {
        DescribedPredicate<JavaClass> mapping = describe("a mapping annotation or the enum one takes",
                c -> c.isAnnotation() || c.isEnum());
        return resideInAnyPackage("jakarta.persistence..", "org.hibernate..").and(not(mapping))
                .as("JPA or Hibernate API beyond mapping annotations");
    }
}
