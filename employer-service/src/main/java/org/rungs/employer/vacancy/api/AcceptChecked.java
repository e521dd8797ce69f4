package org.rungs.employer.vacancy.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Marks a resource method whose {@code Accept} header is checked against its {@code @Produces} before its body is read:
 * a 406 problem when the client accepts none of them. Quarkus REST leaves that check out when one path and HTTP method
 * has methods for several {@code Content-Type}s (as {@code POST /employers/{id}/vacancies} has, for JSON and for a
 * JSON-LD JobPosting), and would otherwise answer in a media type the client refused.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AcceptChecked {

    @AcceptChecked
    @Provider
    class Filter implements ContainerRequestFilter {

        @Context
        ResourceInfo resource;

        @Override
        public void filter(ContainerRequestContext request) {
            Method method = resource.getResourceMethod();
            Produces produces = method.isAnnotationPresent(Produces.class)
                    ? method.getAnnotation(Produces.class)
                    : resource.getResourceClass().getAnnotation(Produces.class);
            if (produces != null && !acceptable(request.getAcceptableMediaTypes(),
                    Arrays.stream(produces.value()).map(MediaType::valueOf).toList())) {
                throw new NotAcceptableException("The accept header value did not match the value in @Produces");
            }
        }

        /** Whether a client that accepts these media types (none given: any) accepts one of those produced. */
        static boolean acceptable(List<MediaType> accepted, List<MediaType> produced) {
            if (accepted.isEmpty()) {
                return true;
            }
            return accepted.stream()
                    .filter(a -> !"0".equals(a.getParameters().get("q")) && !"0.0".equals(a.getParameters().get("q")))
                    .anyMatch(a -> produced.stream().anyMatch(a::isCompatible));
        }
    }
}
