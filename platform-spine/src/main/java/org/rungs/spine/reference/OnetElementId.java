package org.rungs.spine.reference;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An O*NET skill or knowledge element id, e.g. {@code 2.A.1.a} (Reading Comprehension). Null is valid. */
@Documented
@Constraint(validatedBy = OnetElementId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OnetElementId {

    String message() default "is not an O*NET skill or knowledge element id (e.g. 2.A.1.a)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OnetElementId, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Onet.get().element(value).isPresent();
        }
    }
}
