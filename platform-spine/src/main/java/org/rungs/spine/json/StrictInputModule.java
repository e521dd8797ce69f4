package org.rungs.spine.json;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Refuses, while a request body is read, values that are valid JSON but that PostgreSQL cannot store or that are no
 * text at all: text with the NUL character or with half of a surrogate pair ({@code "\\ud800"}), and decimals whose
 * exponent is out of any sensible range (such as {@code 0E2147483647}, which Bean Validation's {@code @Digits} lets
 * through). They become a 400 naming the field instead of a database error.
 */
public class StrictInputModule extends SimpleModule {

    /** The largest decimal exponent (either way) a request may carry. */
    static final int MAX_SCALE = 1000;

    public StrictInputModule() {
        super("rungs-strict-input");
        addDeserializer(String.class, new NoNulString());
        addDeserializer(BigDecimal.class, new BoundedDecimal());
    }

    /** A value the platform refuses; {@link #getOriginalMessage()} says why, for the problem's violation. */
    public static class RejectedValueException extends JsonMappingException {

        RejectedValueException(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    static final class NoNulString extends StdScalarDeserializer<String> {

        NoNulString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctx);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new RejectedValueException(p, "must not contain the NUL character (\\u0000)");
            }
            if (value != null && hasLoneSurrogate(value)) {
                throw new RejectedValueException(p, "must be Unicode text (it holds half of a surrogate pair)");
            }
            return value;
        }
    }

    /** Whether text holds a UTF-16 surrogate that is not half of a pair: no character, and not valid JSON text. */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctx);
            if (value != null && Math.abs((long) value.scale()) > MAX_SCALE) {
                throw new RejectedValueException(p, "is out of range");
            }
            return value;
        }
    }
}
