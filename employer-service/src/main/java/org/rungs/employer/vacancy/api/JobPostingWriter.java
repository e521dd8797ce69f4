package org.rungs.employer.vacancy.api;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a {@link JobPosting} as {@code application/ld+json} with the application's object mapper (Quarkus' JSON
 * writers serve {@code application/json} only).
 */
@Provider
@Produces(JobPostings.MEDIA_TYPE)
public class JobPostingWriter implements MessageBodyWriter<JobPosting> {

    private final ObjectMapper json;

    public JobPostingWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JobPosting.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(JobPosting posting, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(json.writeValueAsBytes(posting));
    }
}
