package org.rungs.spine.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Makes the object mapper that reads request bodies strict: a value is taken only as the JSON type its field has.
 * Refused, each as a 400 naming the field: a field given twice; a number, boolean, string, array or object where
 * another type is due (no scalar coercion: {@code 1e30} is not {@code true}, {@code true} is not {@code "true"},
 * {@code "3"} is not 3); a fraction where a whole number is due; a number where an enum value is due; a field the
 * request does not have ({@code quarkus.jackson.fail-on-unknown-properties=true}); and what {@link StrictInputModule}
 * refuses in text and decimals.
 */
@Singleton
public class StrictInputCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new StrictInputModule());
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.OtherScalar, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        fail(mapper, LogicalType.Collection, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.POJO, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
    }

    private static void fail(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
