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

/** An O*NET-SOC 2019 occupation code that O*NET 30.0 lists, e.g. {@code 31-1131.00}. Null is valid. */
@Documented
@Constraint(validatedBy = OnetOccupationCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OnetOccupationCode {

    String message() default "is not an O*NET-SOC occupation code (e.g. 31-1131.00)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OnetOccupationCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Onet.get().occupation(value).isPresent();
        }
    }
}
