package org.rungs.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Fuzz;
import org.rungs.testing.Sql;
import org.rungs.testing.Tokens;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Vacancies as schema.org JobPostings over HTTP (docs/jobposting.md): {@code GET /vacancies/{id}} with
 * {@code Accept: application/ld+json}, and {@code POST /employers/{id}/vacancies} with
 * {@code Content-Type: application/ld+json}, against the real PostgreSQL and Kafka of the module's test resources.
 */
@QuarkusTest
class JobPostingTest {

    static final String ADMIN = EmployerResourceTest.ADMIN;
    static final String LD = "application/ld+json";
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A vacancy posted as Rungs' JSON, with a knowledge element and an evening shift. */
    static final String AIDE = """
            {"title":"Evening Nursing Aide","occupationCode":"31-1131.00",
             "requiredSkills":[{"elementId":"2.A.1.a","minimumLevel":3},{"elementId":"2.B.1.f","minimumLevel":3.5},
                               {"elementId":"2.C.5.a","minimumLevel":2.25}],
             "hourlyWage":21.75,"openings":2,"shift":"evening"}""";

    /** A JobPosting with only what Rungs maps. */
    static final String MINIMAL = """
            {"@context":"https://schema.org","@type":"JobPosting","title":"Certified Nursing Assistant",
             "occupationalCategory":{"@type":"CategoryCode","codeValue":"31-1131.00"},
             "baseSalary":{"@type":"MonetaryAmount","currency":"USD",
                           "value":{"@type":"QuantitativeValue","value":19.50,"unitText":"HOUR"}},
             "totalJobOpenings":3,
             "skills":[{"@type":"DefinedTerm","termCode":"2.A.1.a","rungs:minimumLevel":3.0}],
             "workHours":"Day shift"}""";

    @Inject
    AgroalDataSource dataSource;

    static String vacancies(String employer) {
        return "/employers/" + employer + "/vacancies";
    }

    /**
     * The sample an outside publisher wrote: its shape is that of schema.org's JobPosting example and of Google's job
     * posting structured data example, adapted to an O*NET-SOC occupation and O*NET DefinedTerm skills (see
     * src/test/resources/jobposting/README.md).
     */
    static ObjectNode outsidePublisher() {
        try (InputStream in = JobPostingTest.class.getResourceAsStream("/jobposting/outside-publisher.jsonld")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response postLd(String employer, Object body) {
        return given().header("Authorization", ADMIN).contentType(LD)
                .body(body.toString().getBytes(StandardCharsets.UTF_8)).post(vacancies(employer));
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode vacancyAsJson(String id) {
        return json(given().header("Authorization", ADMIN).get("/vacancies/" + id)
                .then().statusCode(200).contentType(ContentType.JSON).extract().response());
    }

    static List<String> violationFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("violations").forEach(v -> fields.add(v.path("field").asText()));
        return fields;
    }

    /** What two vacancies must share after a round trip. */
    static List<Object> terms(JsonNode v) {
        List<Object> skills = new ArrayList<>();
        v.get("requiredSkills").forEach(s -> skills.add(s.get("elementId").asText() + "@"
                + s.get("minimumLevel").decimalValue().stripTrailingZeros().toPlainString()));
        return List.of(v.get("title").asText(), v.get("occupationCode").asText(), v.get("occupationTitle").asText(),
                v.get("hourlyWage").decimalValue().stripTrailingZeros(), v.get("openings").asInt(),
                v.get("shift").asText(), skills);
    }

    @Test
    void aVacancyRoundTripsThroughItsJobPosting() {
        String employer = EmployerResourceTest.createEmployer("Harbor Care Homes");
        String first = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(AIDE)
                .post(vacancies(employer)).then().statusCode(201).extract().path("id");

        Response got = given().header("Authorization", ADMIN).accept(LD).get("/vacancies/" + first)
                .then().statusCode(200).contentType(startsWith(LD)).extract().response();
        JsonNode posting = json(got);
        assertThat(posting.get("@type").asText()).isEqualTo("JobPosting");
        assertThat(posting.at("/identifier/value").asText()).isEqualTo(first);
        assertThat(posting.at("/hiringOrganization/name").asText()).isEqualTo("Harbor Care Homes");
        assertThat(posting.get("workHours").asText()).isEqualTo("Evening shift");
        assertThat(posting.at("/occupationalCategory/name").asText()).isEqualTo("Nursing Assistants");
        assertThat(posting.at("/skills/2/name").asText()).isEqualTo("Medicine and Dentistry");
        assertThat(posting.get("datePosted").asText()).isNotEmpty();

        Response created = postLd(employer, posting);
        created.then().statusCode(201).contentType(startsWith(LD));
        JsonNode second = json(created);
        String secondId = second.at("/identifier/value").asText();
        assertThat(secondId).isNotEqualTo(first);
        assertThat(created.header("Location")).endsWith("/vacancies/" + secondId);
        assertThat(second.get("rungs:status").asText()).isEqualTo("open");

        JsonNode a = vacancyAsJson(first);
        JsonNode b = vacancyAsJson(secondId);
        assertThat(terms(b)).isEqualTo(terms(a));
        assertThat(terms(b)).contains("Evening Nursing Aide", "31-1131.00", new BigDecimal("21.75"), 2, "evening",
                List.of("2.A.1.a@3", "2.B.1.f@3.5", "2.C.5.a@2.25"));
        assertThat(b.get("employerId").asText()).isEqualTo(employer);
        assertThat(b.get("status").asText()).isEqualTo("open");
    }

    @Test
    void anOutsidePublishersPostingIsAcceptedWithWhatRungsDoesNotMapIgnored() {
        String employer = EmployerResourceTest.createEmployer("Lakeshore Senior Living");
        Response created = postLd(employer, outsidePublisher());
        created.then().statusCode(201).contentType(startsWith(LD));
        String id = json(created).at("/identifier/value").asText();

        JsonNode v = vacancyAsJson(id);
        assertThat(v.get("title").asText()).isEqualTo("Certified Nursing Assistant");
        assertThat(v.get("occupationCode").asText()).as("from the literal \"31-1131.00 Nursing Assistants\"")
                .isEqualTo("31-1131.00");
        assertThat(v.get("hourlyWage").decimalValue()).as("the least of the range").isEqualByComparingTo("18.50");
        assertThat(v.get("openings").asInt()).isEqualTo(2);
        assertThat(v.get("shift").asText()).isEqualTo("day");
        assertThat(v.get("openedAt").asText()).as("datePosted").startsWith("2024-11-18");
        List<String> skills = new ArrayList<>();
        v.get("requiredSkills").forEach(s -> skills.add(s.get("elementId").asText() + "@"
                + s.get("minimumLevel").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(skills).as("levels O*NET gives Nursing Assistants; none for a knowledge element")
                .containsExactlyInAnyOrder("2.B.1.f@3.88", "2.A.1.b@3", "2.B.1.a@3.25", "2.C.5.a@0");
    }

    @Test
    void skillsGivenAsFreeTextAreEachListedAndNothingIsWritten() {
        String employer = EmployerResourceTest.createEmployer("Lakeshore Senior Living West");
        ObjectNode posting = outsidePublisher();
        ArrayNode skills = (ArrayNode) posting.get("skills");
        skills.insert(1, "Patient care");
        skills.insert(3, "CPR certification");

        Response refused = postLd(employer, posting);
        refused.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:job-posting-unmappable"));
        JsonNode problem = json(refused);
        assertThat(violationFields(problem)).containsExactly("skills[1]", "skills[3]");
        assertThat(problem.at("/violations/0/message").asText()).startsWith("is free text");
        assertThat(Sql.number(dataSource, "select count(*) from vacancy where employer_id = ?",
                UUID.fromString(employer))).isZero();

        posting.put("skills", "Patient care, CPR certification");
        assertThat(violationFields(json(postLd(employer, posting)))).containsExactly("skills");
    }

    @Test
    void aYearlySalaryIsNotTakenForAnHourlyWage() {
        String employer = EmployerResourceTest.createEmployer("Yearly Care");
        ObjectNode posting = outsidePublisher();
        ObjectNode value = (ObjectNode) posting.at("/baseSalary/value");
        value.removeAll();
        value.put("@type", "QuantitativeValue").put("value", 38000).put("unitText", "YEAR");

        Response refused = postLd(employer, posting);
        refused.then().statusCode(422).contentType("application/problem+json");
        assertThat(violationFields(json(refused))).containsExactly("baseSalary.value.unitText");

        value.put("unitText", "HOUR").put("value", 1001);
        Response tooMuch = postLd(employer, posting);
        tooMuch.then().statusCode(400).body("type", equalTo("urn:rungs:problem:validation"));
        assertThat(violationFields(json(tooMuch))).as("Bean Validation, named as the posting names it")
                .containsExactly("baseSalary.value.value");
    }

    @Test
    void duplicateKeysAndMalformedJsonLdAre400s() {
        String employer = EmployerResourceTest.createEmployer("Malformed Care");
        String duplicated = MINIMAL.replace("\"totalJobOpenings\":3", "\"totalJobOpenings\":3,\"totalJobOpenings\":30");
        postLd(employer, duplicated).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:validation"))
                .body("violations[0].field", equalTo("totalJobOpenings"))
                .body("violations[0].message", equalTo("is given more than once"));
        String nested = MINIMAL.replace("\"unitText\":\"HOUR\"", "\"unitText\":\"HOUR\",\"unitText\":\"YEAR\"");
        postLd(employer, nested).then().statusCode(400)
                .body("violations[0].field", equalTo("baseSalary.value.unitText"));

        for (String malformed : List.of(MINIMAL.substring(0, MINIMAL.length() / 2), "", "{\"@type\":\"JobPosting\"",
                MINIMAL + " {}")) {
            postLd(employer, malformed).then().statusCode(400).contentType("application/problem+json")
                    .body("type", startsWith("urn:rungs:problem:"));
        }
        postLd(employer, "{\"title\":").then().statusCode(400)
                .body("type", equalTo("urn:rungs:problem:malformed-request"));
        assertThat(Sql.number(dataSource, "select count(*) from vacancy where employer_id = ?",
                UUID.fromString(employer))).isZero();
    }

    @Test
    void theUseCasesRefusalsNameThePostingsPaths() {
        String employer = EmployerResourceTest.createEmployer("Refused Care");
        String twice = MINIMAL.replace(
                "{\"@type\":\"DefinedTerm\",\"termCode\":\"2.A.1.a\",\"rungs:minimumLevel\":3.0}",
                "{\"@type\":\"DefinedTerm\",\"termCode\":\"2.A.1.a\"},{\"@type\":\"DefinedTerm\",\"termCode\":\"2.A.1.a\"}");
        postLd(employer, twice).then().statusCode(400).body("type", equalTo("urn:rungs:problem:validation"))
                .body("violations.field", contains("skills[1].termCode"));
        postLd(employer,
                MINIMAL.replace("\"workHours\"", "\"rungs:rungId\":\"" + UUID.randomUUID() + "\",\"workHours\""))
                .then().statusCode(422).body("type", equalTo("urn:rungs:problem:vacancy-refused"))
                .body("violations.field", contains("rungs:ladderId"));
        postLd(employer, MINIMAL.replace("\"workHours\"", "\"datePosted\":\"2999-01-01\",\"workHours\""))
                .then().statusCode(422).body("type", equalTo("urn:rungs:problem:vacancy-refused"))
                .body("violations.field", contains("datePosted"));
        assertThat(Sql.number(dataSource, "select count(*) from vacancy where employer_id = ?",
                UUID.fromString(employer))).isZero();
    }

    @Test
    void badJsonLdToTheEndpointIsAProblemNamingTheFieldAndWritesNothing() {
        String employer = EmployerResourceTest.createEmployer("Fuzzy Care");
        List<Fuzz.Case> cases = Fuzz.endpoint("POST", vacancies(employer), MINIMAL).cases();
        Fuzz.writesNothing(dataSource, () -> {
            for (Fuzz.Case c : cases) {
                Response r = postLd(employer, c.body());
                String description = c.what() + "\n" + c.body();
                assertThat(r.statusCode()).as(description).isBetween(400, 499);
                assertThat(r.contentType()).as(description).startsWith("application/problem+json");
                JsonNode problem = json(r);
                assertThat(problem.path("type").asText()).as(description).startsWith("urn:rungs:problem:");
                if (c.field() != null) {
                    assertThat(violationFields(problem)).as(description + "\nnames the field (or a part of it): "
                            + problem).anyMatch(
                                    f -> f.equals(c.field()) || f.startsWith(c.field() + ".")
                                            || f.startsWith(c.field() + "["));
                }
            }
        });
        assertThat(cases).hasSizeGreaterThan(80);
    }

    @Test
    void aRetryWithItsIdempotencyKeyOpensOnceAndAnswersTheSameJobPosting() {
        String employer = EmployerResourceTest.createEmployer("Retrying Care");
        String key = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            Response r = given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(LD)
                    .body(MINIMAL.getBytes(StandardCharsets.UTF_8)).post(vacancies(employer));
            r.then().statusCode(201).contentType(startsWith(LD))
                    .header("Idempotent-Replayed", attempt == 0 ? null : "true");
            ids.add(json(r).at("/identifier/value").asText());
        }
        assertThat(ids).containsOnly(ids.get(0));
        given().header("Authorization", ADMIN).get("/vacancies?employerId=" + employer)
                .then().statusCode(200).body("total", equalTo(1));

        given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(LD)
                .body(MINIMAL.replace("Day shift", "Night shift").getBytes(StandardCharsets.UTF_8))
                .post(vacancies(employer))
                .then().statusCode(422).body("type", equalTo("urn:rungs:problem:idempotency-key-reused"));
    }

    @Test
    void theAnswerFollowsTheAcceptHeader() {
        String employer = EmployerResourceTest.createEmployer("Negotiating Care");
        String staff = Tokens.bearer("emma", "employer", employer);
        Response asJson = given().header("Authorization", staff).contentType(LD).accept(ContentType.JSON)
                .body(MINIMAL.getBytes(StandardCharsets.UTF_8)).post(vacancies(employer));
        asJson.then().statusCode(201).contentType(ContentType.JSON)
                .body("title", equalTo("Certified Nursing Assistant"))
                .body("requiredSkills[0].elementId", equalTo("2.A.1.a"));
        assertThat(asJson.header("Location")).endsWith("/vacancies/" + asJson.path("id"));
        given().header("Authorization", staff).contentType(LD).accept("text/html")
                .body(MINIMAL.getBytes(StandardCharsets.UTF_8)).post(vacancies(employer))
                .then().statusCode(406).contentType("application/problem+json");
        given().header("Authorization", staff).contentType(ContentType.JSON).accept("text/html")
                .body(VacancyResourceTest.CNA).post(vacancies(employer))
                .then().statusCode(406).contentType("application/problem+json");
        given().header("Authorization", staff).contentType("text/plain").body(MINIMAL).post(vacancies(employer))
                .then().statusCode(415).contentType("application/problem+json");

        String id = VacancyResourceTest.open(employer);
        for (String accept : new String[]{"*/*", "application/json", "application/*",
                "application/json, application/ld+json", "application/ld+json;q=0.5, application/json"}) {
            given().header("Authorization", staff).accept(accept).get("/vacancies/" + id)
                    .then().statusCode(200).contentType(ContentType.JSON).body("id", equalTo(id));
        }
        given().header("Authorization", staff).get("/vacancies/" + id).then().statusCode(200)
                .contentType(ContentType.JSON);
        given().header("Authorization", staff).accept("application/json;q=0.5, application/ld+json")
                .get("/vacancies/" + id).then().statusCode(200).contentType(startsWith(LD));
        given().header("Authorization", Tokens.bearer("nia", "navigator", "eastside-works")).accept(LD)
                .get("/vacancies/" + id).then().statusCode(200).contentType(startsWith(LD));
        String theirs = VacancyResourceTest.open(EmployerResourceTest.createEmployer("Other Care"));
        given().header("Authorization", staff).accept(LD).get("/vacancies/" + theirs)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", staff).contentType(LD).body(MINIMAL.getBytes(StandardCharsets.UTF_8))
                .post(vacancies(UUID.randomUUID().toString()))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theApiDocumentShowsBothMediaTypes() {
        JsonNode api = json(given().get("/q/openapi?format=json").then().statusCode(200).extract().response());
        JsonNode get = api.at("/paths/~1vacancies~1{id}/get/responses/200/content");
        assertThat(get.has("application/json")).isTrue();
        assertThat(get.has(LD)).isTrue();
        JsonNode post = api.at("/paths/~1employers~1{employerId}~1vacancies/post/requestBody/content");
        assertThat(post.has("application/json")).isTrue();
        assertThat(post.has(LD)).isTrue();
        assertThat(api.at("/components/schemas/JobPosting/properties").has("occupationalCategory")).isTrue();
    }
}
