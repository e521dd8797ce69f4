package org.rungs.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProgramResourceTest {

    static final String ADMIN = ProviderResourceTest.ADMIN;
    static final String CNA = """
            {"title":"Certified Nursing Assistant Bridge","credential":"State CNA certificate",
             "occupationCodes":["31-1131.00"],
             "skillsTaught":[{"elementId":"2.B.1.f","level":3.5},{"elementId":"2.C.5.a","level":3}],
             "deliveryMode":"hybrid","durationWeeks":8,"durationHours":120,"schedule":"evening",
             "entranceRequirements":"Grade 10 reading level","cost":850.00}""";
    static final String ELECTRICAL = """
            {"title":"Electrical Pre-Apprenticeship","credential":"OSHA-10 and pre-apprenticeship certificate",
             "occupationCodes":["47-2111.00"],
             "skillsTaught":[{"elementId":"2.B.3.d","level":2.75},{"elementId":"2.B.3.k","level":3}],
             "deliveryMode":"in-person","durationWeeks":12,"durationHours":240,"schedule":"weekend","cost":0}""";
    static final String LPN = """
            {"title":"LPN Bridge for Nursing Assistants","credential":"Practical nursing diploma",
             "occupationCodes":["29-2061.00","31-1131.00"],
             "skillsTaught":[{"elementId":"2.C.5.a","level":4.5},{"elementId":"2.A.1.a","level":4}],
             "deliveryMode":"online","durationWeeks":52,"durationHours":1400,"schedule":"self-paced",
             "entranceRequirements":"CNA certificate","cost":12500.50}""";

    final KafkaProbe kafka = new KafkaProbe(KafkaTestResource.bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aProviderRetryingWithItsIdempotencyKeyPublishesOnce() {
        String provider = ProviderResourceTest.createProvider("Eastside Adult Learning", "community-agency");
        String staff = Tokens.bearer("pat", "provider", provider);
        String key = UUID.randomUUID().toString();

        var first = given().header("Authorization", staff).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(CNA).post("/providers/" + provider + "/programs")
                .then().statusCode(201).extract();
        var retry = given().header("Authorization", staff).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(CNA).post("/providers/" + provider + "/programs")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract();

        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.<String>path("providerName")).isEqualTo("Eastside Adult Learning");
        given().header("Authorization", staff).get("/programs?providerId=" + provider)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void publishingAnnouncesProgramPublishedThatMatchesTheContract() {
        String provider = ProviderResourceTest.createProvider("Riverside Community College", "college");
        String staff = Tokens.bearer("pat", "provider", provider);

        var created = given().header("Authorization", staff).contentType(ContentType.JSON).body(CNA)
                .post("/providers/" + provider + "/programs")
                .then().statusCode(201)
                .body("providerId", equalTo(provider))
                .body("providerName", equalTo("Riverside Community College"))
                .body("occupations.code", contains("31-1131.00"))
                .body("occupations.title", contains("Nursing Assistants"))
                .body("skillsTaught.elementId", contains("2.B.1.f", "2.C.5.a"))
                .body("skillsTaught.name", contains("Service Orientation", "Medicine and Dentistry"))
                .body("deliveryMode", equalTo("hybrid"))
                .body("schedule", equalTo("evening"))
                .body("durationWeeks", equalTo(8))
                .extract();
        String program = created.path("id");
        assertThat(created.header("Location")).endsWith("/programs/" + program);

        var record = kafka.await("rungs.program", r -> program.equals(r.key()), Duration.ofSeconds(20));
        assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("program.published.v1");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("training-service");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(program);
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaProbe.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(EventSamples.validate(TrainingEvents.PROGRAM_PUBLISHED, record.value())).isEmpty();
        assertThat(EventSamples.fieldNames(record.value()))
                .isEqualTo(EventSamples.fieldNames(EventSamples.sample(TrainingEvents.PROGRAM_PUBLISHED)));
        assertThat(record.value())
                .containsPattern("\"programId\": ?\"" + program + "\"")
                .containsPattern("\"providerId\": ?\"" + provider + "\"")
                .containsPattern("\"deliveryMode\": ?\"hybrid\"")
                .containsPattern("\"schedule\": ?\"evening\"");

        for (String reader : List.of(Tokens.bearer("emma", "employer", UUID.randomUUID().toString()),
                ProviderResourceTest.NAVIGATOR, ProviderResourceTest.ANALYST,
                Tokens.bearer("otto", "provider", UUID.randomUUID().toString()))) {
            given().header("Authorization", reader).get("/programs/" + program)
                    .then().statusCode(200)
                    .body("title", equalTo("Certified Nursing Assistant Bridge"))
                    .body("credential", equalTo("State CNA certificate"))
                    .body("entranceRequirements", equalTo("Grade 10 reading level"))
                    .body("cost", equalTo(850.0f))
                    .body("skillsTaught.level", contains(3.5f, 3.0f));
        }
        given().header("Authorization", ADMIN).get("/programs/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theAssetMapIsSearchedByOccupationSkillDeliveryScheduleAndProvider() {
        String provider = ProviderResourceTest.createProvider("Metro Workforce Alliance", "community-agency");
        String cna = publish(provider, CNA);
        String electrical = publish(provider, ELECTRICAL);
        String lpn = publish(provider, LPN);
        String other = publish(ProviderResourceTest.createProvider("Local 46 Training Trust", "union"), ELECTRICAL);
        String navigator = ProviderResourceTest.NAVIGATOR;
        String mine = "/programs?providerId=" + provider;

        given().header("Authorization", navigator).get(mine)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(cna, electrical, lpn));
        given().header("Authorization", navigator).get(mine + "&occupationCode=31-1131.00")
                .then().statusCode(200).body("items.id", containsInAnyOrder(cna, lpn)).body("total", equalTo(2));
        given().header("Authorization", navigator).get(mine + "&elementId=2.C.5.a")
                .then().statusCode(200).body("items.id", containsInAnyOrder(cna, lpn));
        given().header("Authorization", navigator).get(mine + "&elementId=2.B.3.k")
                .then().statusCode(200).body("items.id", contains(electrical));
        given().header("Authorization", navigator).get(mine + "&deliveryMode=in-person")
                .then().statusCode(200).body("items.id", contains(electrical));
        given().header("Authorization", navigator).get(mine + "&schedule=self-paced")
                .then().statusCode(200).body("items.id", contains(lpn));
        given().header("Authorization", navigator).get(mine + "&occupationCode=31-1131.00&deliveryMode=hybrid")
                .then().statusCode(200).body("items.id", contains(cna));
        given().header("Authorization", navigator).get(mine + "&occupationCode=47-2111.00&schedule=evening")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        given().header("Authorization", navigator).get(mine + "&size=2&page=1")
                .then().statusCode(200).body("items.id", contains(lpn)).body("total", equalTo(3))
                .body("page", equalTo(1)).body("size", equalTo(2));

        given().header("Authorization", Tokens.bearer("emma", "employer", UUID.randomUUID().toString()))
                .get("/programs?elementId=2.B.3.d&size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(electrical))
                .body("items.id", hasItem(other))
                .body("items.skillsTaught.elementId", everyItem(hasItem("2.B.3.d")));
        given().header("Authorization", ProviderResourceTest.ANALYST).get("/programs?deliveryMode=online&size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(lpn))
                .body("items.deliveryMode", everyItem(equalTo("online")));
    }

    @Test
    void badSearchFiltersAreProblems() {
        given().header("Authorization", ProviderResourceTest.NAVIGATOR)
                .get("/programs?occupationCode=99-9999.99&elementId=9.Z&deliveryMode=teleport&schedule=night"
                        + "&providerId=not-a-uuid&size=500")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:validation"))
                .body("violations.field", containsInAnyOrder("occupationCode", "elementId", "deliveryMode",
                        "schedule", "providerId", "size"));
        given().header("Authorization", ProviderResourceTest.NAVIGATOR).get("/programs?page=-1")
                .then().statusCode(400).body("violations.field", contains("page"));
    }

    @Test
    void invalidProgramsNameTheOffendingFieldsAndWriteNothing() {
        String provider = ProviderResourceTest.createProvider("Harbor Skills Center", "private");
        String path = "/providers/" + provider + "/programs";
        long programs = Rows.count(dataSource, "program");
        long skills = Rows.count(dataSource, "program_skill");
        long occupations = Rows.count(dataSource, "program_occupation");
        long outbox = Rows.count(dataSource, "outbox_event");

        invalid(path, CNA.replace("31-1131.00", "99-9999.99").replace("\"level\":3}", "\"level\":8}")
                .replace("850.00", "-1"),
                "occupationCodes[0]", "skillsTaught[1].level", "cost");
        invalid(path, CNA.replace("2.C.5.a", "2.B.1.f"), "skillsTaught[1].elementId");
        invalid(path, LPN.replace("29-2061.00", "31-1131.00"), "occupationCodes[1]");
        invalid(path, CNA.replace("\"hybrid\"", "\"correspondence\""), "deliveryMode");
        invalid(path, CNA.replace("\"evening\"", "\"overnight\""), "schedule");
        invalid(path, CNA.replace("\"durationWeeks\":8", "\"durationWeeks\":\"eight\""), "durationWeeks");
        invalid(path, CNA.replace("850.00", "\"cheap\""), "cost");
        invalid(path, CNA.replace("[\"31-1131.00\"]", "{\"code\":\"31-1131.00\"}"), "occupationCodes");
        invalid(path, CNA.replace("\"level\":3.5", "\"level\":[3.5]"), "skillsTaught[0].level");
        invalid(path, CNA.replace("\"durationWeeks\":8", "\"durationWeeks\":209")
                .replace("\"durationHours\":120", "\"durationHours\":0").replace("850.00", "850.005")
                .replace("\"level\":3.5", "\"level\":3.555"),
                "durationWeeks", "durationHours", "cost", "skillsTaught[0].level");
        invalid(path, CNA.replace("[\"31-1131.00\"]", "[]").replace("Certified Nursing Assistant Bridge", " ")
                .replace("\"entranceRequirements\":\"Grade 10 reading level\"",
                        "\"entranceRequirements\":\"" + "x".repeat(2001) + "\""),
                "occupationCodes", "title", "entranceRequirements");
        invalid(path, "{}", "title", "credential", "occupationCodes", "skillsTaught", "deliveryMode",
                "durationWeeks", "durationHours", "schedule", "cost");
        invalid(path, CNA.replace("\"2.B.1.f\"", "null").replace("[\"31-1131.00\"]", "[null]"),
                "skillsTaught[0].elementId", "occupationCodes[0]");

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"title\": \"CNA\",")
                .post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:malformed-request"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("[1,2]")
                .post(path)
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .post(path)
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(Rows.count(dataSource, "program")).isEqualTo(programs);
        assertThat(Rows.count(dataSource, "program_skill")).isEqualTo(skills);
        assertThat(Rows.count(dataSource, "program_occupation")).isEqualTo(occupations);
        assertThat(Rows.count(dataSource, "outbox_event")).isEqualTo(outbox);
    }

    @Test
    void onlyTheProvidersOwnStaffOrAnAdminPublish() {
        String mine = ProviderResourceTest.createProvider("Summit Technical Institute", "college");
        String theirs = ProviderResourceTest.createProvider("Valley Union Apprenticeships", "union");
        String staff = Tokens.bearer("pat", "provider", mine);
        long programs = Rows.count(dataSource, "program");
        long outbox = Rows.count(dataSource, "outbox_event");

        given().header("Authorization", staff).contentType(ContentType.JSON).body(CNA)
                .post("/providers/" + theirs + "/programs")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:not-found"));
        given().header("Authorization", Tokens.bearer("pat", "provider", null)).contentType(ContentType.JSON)
                .body(CNA).post("/providers/" + mine + "/programs")
                .then().statusCode(404).contentType("application/problem+json");
        String unknown = UUID.randomUUID().toString();
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(CNA)
                .post("/providers/" + unknown + "/programs")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("pat", "provider", unknown)).contentType(ContentType.JSON)
                .body(CNA).post("/providers/" + unknown + "/programs")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(CNA)
                .post("/providers/not-a-uuid/programs")
                .then().statusCode(404).contentType("application/problem+json");

        given().contentType(ContentType.JSON).body(CNA).post("/providers/" + mine + "/programs")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/programs").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", ProviderResourceTest.NAVIGATOR).contentType(ContentType.JSON).body(CNA)
                .post("/providers/" + mine + "/programs")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("emma", "employer", mine)).contentType(ContentType.JSON)
                .body(CNA).post("/providers/" + mine + "/programs")
                .then().statusCode(403).contentType("application/problem+json");

        assertThat(Rows.count(dataSource, "program")).isEqualTo(programs);
        assertThat(Rows.count(dataSource, "outbox_event")).isEqualTo(outbox);

        String program = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(ELECTRICAL)
                .post("/providers/" + theirs + "/programs")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", staff).get("/programs/" + program)
                .then().statusCode(200).body("providerId", equalTo(theirs));
    }

    private static String publish(String provider, String body) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .post("/providers/" + provider + "/programs")
                .then().statusCode(201).extract().path("id");
    }

    private static void invalid(String path, String body, String... fields) {
        var response = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:validation"));
        for (String field : fields) {
            response.body("violations.field", hasItem(field));
        }
    }
}
