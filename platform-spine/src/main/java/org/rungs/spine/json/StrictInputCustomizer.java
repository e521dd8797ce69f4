package org.rungs.spine.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/** Adds {@link StrictInputModule} to the object mapper that reads request bodies. */
@Singleton
public class StrictInputCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new StrictInputModule());
    }
}
