package org.rungs.spine.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.rungs.spine.config.SpineConfig;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.ProblemTypes;
import org.rungs.spine.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerRequest;

/**
 * The {@code Idempotency-Key} request header of partner-facing POSTs, so that a partner system retrying a request after
 * a timeout does not create a second participant, vacancy or program.
 * <p>
 * The first request with a key runs the use case; its response (status, {@code Location}, JSON body) is stored with the
 * key in the same transaction as the change. A retry with the same key, from the same caller, to the same path and with
 * the same body gets that response again, marked {@code Idempotent-Replayed: true}, and changes nothing. The same key
 * with another path or body is refused (422). A retry that arrives while the first request is still running waits for
 * it (the key's row is locked until the first commits). A request that fails stores nothing, so it can be retried with
 * the same key. Keys are kept for {@code rungs.idempotency.retention} (24 hours by default).
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final String DESCRIPTION = "A unique value (e.g. a UUID) the client makes for this request. A retry "
            + "with the same key and body returns the first response instead of creating again.";
    static final int MAX_LENGTH = 255;

    private final EntityManager em;
    private final Caller caller;
    private final HttpServerRequest request;
    private final ObjectMapper json;
    private final SpineConfig config;

    public IdempotencyKeys(EntityManager em, Caller caller, HttpServerRequest request, ObjectMapper json,
            SpineConfig config) {
        this.em = em;
        this.caller = caller;
        this.request = request;
        this.json = json;
        this.config = config;
    }

    /**
     * Runs {@code action} once per {@code Idempotency-Key} of the current request; without the header it simply runs
     * it. Resources document the header with {@code @Parameter(name = HEADER, in = HEADER, ...)}.
     *
     * @param body
     *            the parsed request body, part of what a retry must repeat
     * @param action
     *            the use case, answering with a JSON entity
     */
    @Transactional
    public Response once(Object body, Supplier<Response> action) {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
        String owner = caller.name() + caller.organisation().map(o -> "@" + o).orElse("");
        String fingerprint = fingerprint(body);
        int claimed = em.createNativeQuery("""
                insert into idempotency_key (caller, idem_key, fingerprint) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, fingerprint)
                .executeUpdate();
        if (claimed == 0) {
            return replay(owner, key, fingerprint);
        }
        Response response = action.get();
        em.createNativeQuery("""
                update idempotency_key set status = ?3, location = ?4, body = ?5
                where caller = ?1 and idem_key = ?2""")
                .setParameter(1, owner).setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(5, write(response.getEntity()))
                .executeUpdate();
        return response;
    }

    private Response replay(String owner, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select fingerprint, status, location, body from idempotency_key
                where caller = ?1 and idem_key = ?2""")
                .setParameter(1, owner).setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new ProblemException(422, ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
                    "This Idempotency-Key was used for another request; use a new key for a new request",
                    List.of());
        }
        Response.ResponseBuilder replayed = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            replayed.header(HttpHeaders.LOCATION, row[2]);
        }
        if (row[3] != null) {
            replayed.entity(row[3]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replayed.build();
    }

    /** Deletes keys older than the retention, so a key may be used again afterwards. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        em.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, OffsetDateTime.now().minus(config.idempotency().retention()))
                .executeUpdate();
    }

    private String fingerprint(Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.method().name() + " " + request.path() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private String write(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response", e);
        }
    }
}
