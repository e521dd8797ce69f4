package org.rungs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rungs.spine.domain.DomainError;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every domain error of a service is answered with a problem type, and docs/errors.md lists every type answered.
 */
public final class ProblemCoverage {

    private ProblemCoverage() {
    }

    public static void verify(String basePackage, Path errorsDoc) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        ProblemCatalog catalog = new ProblemCatalog();
        List<Class<? extends DomainError>> errors = new ArrayList<>();
        for (JavaClass c : classes) {
            Class<?> type = c.reflect();
            if (DomainProblems.class.isAssignableFrom(type) && !type.isInterface()) {
                try {
                    ((DomainProblems) type.getDeclaredConstructor().newInstance()).register(catalog);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot make " + type, e);
                }
            }
            if (DomainError.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                errors.add(type.asSubclass(DomainError.class));
            }
        }
        assertThat(errors).as("domain errors of %s without a problem type", basePackage)
                .filteredOn(e -> !catalog.answers(e)).isEmpty();
        String doc;
        try {
            doc = Files.readString(errorsDoc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(catalog.types().values()).as("problem types of %s missing from %s", basePackage, errorsDoc)
                .allSatisfy(type -> assertThat(doc).contains("`" + type + "`"));
    }
}
