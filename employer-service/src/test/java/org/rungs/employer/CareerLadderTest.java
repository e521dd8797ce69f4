package org.rungs.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventType;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A network admin builds a ladder from the occupations' real data and publishes it; an agreement with an employer sets
 * a wage floor and an internal-first window; a vacancy at a rung is hired into, the worker promoted, checked in on and
 * separated; every fact is on Kafka as its contract says.
 */
@QuarkusTest
class CareerLadderTest {

    static final String ADMIN = EmployerResourceTest.ADMIN;

    final KafkaProbe kafka = new KafkaProbe(KafkaTestResource.bootstrapServers());

    @Inject
    AgroalDataSource db;

    static JsonPath post(String token, String path, Object body, int status) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(status).extract().jsonPath();
    }

    String event(EventType<?> type, String key) {
        var record = kafka.await(type.topic().name(), r -> key.equals(r.key())
                && type.name().equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
        assertThat(EventSamples.validate(type, record.value())).as(type.name()).isEmpty();
        return record.value();
    }

    /** A published healthcare ladder (aide → CNA → LPN) at one care home; answers the ladder's JSON. */
    static JsonPath healthcareLadder(String employer) {
        String ladder = post(ADMIN, "/ladders", Map.of("title", "Direct care to nursing", "naicsCode", "623110",
                "region", "Tri-County", "taxonomy", "onet-soc", "kind", "single-firm"), 201).getString("id");
        for (var rung : List.of(List.of(1, "31-1122.00", "Care Partner"), List.of(2, "31-1131.00", "CNA I"),
                List.of(3, "29-2061.00", "Charge LPN"))) {
            post(ADMIN, "/ladders/" + ladder + "/rungs", Map.of("tier", rung.get(0), "occupationCode", rung.get(1),
                    "employers", List.of(Map.of("employerId", employer, "jobTitle", rung.get(2)))), 201);
        }
        JsonPath l = given().header("Authorization", ADMIN).get("/ladders/" + ladder).then().statusCode(200)
                .extract().jsonPath();
        post(ADMIN, "/ladders/" + ladder + "/transitions", Map.of("fromRungId", l.getString("rungs[0].id"),
                "toRungId", l.getString("rungs[1].id"), "criteria", Map.of("skills", List.of(Map.of("elementId",
                        "2.B.1.e", "minimumLevel", 3)), "monthsInRung", 6, "credential", "State CNA certification")),
                201);
        post(ADMIN, "/ladders/" + ladder + "/transitions", Map.of("fromRungId", l.getString("rungs[1].id"),
                "toRungId", l.getString("rungs[2].id")), 201);
        return post(ADMIN, "/ladders/" + ladder + "/publish", "", 200);
    }

    @Test
    void aLadderBuiltFromRealDataIsPublishedWholeAndVersioned() {
        String employer = EmployerResourceTest.createEmployer("Riverside Care Homes");
        String other = EmployerResourceTest.createEmployer("Harbor Foods");

        given().header("Authorization", ADMIN).get("/ladders/suggestions?from=31-1122.00").then().statusCode(200)
                .body("suggestions.code", hasItem("31-1131.00"))
                .body("attribution", containsString("O*NET"));

        JsonPath published = healthcareLadder(employer);
        String ladder = published.getString("id");
        assertThat(published.getString("status")).isEqualTo("published");
        assertThat(published.getInt("publishedVersion")).isEqualTo(1);
        assertThat(published.getList("rungs.localTitle")).containsExactly("Personal Care Aides", "Nursing Assistants",
                "Licensed Practical and Licensed Vocational Nurses");
        assertThat(published.getFloat("rungs[1].wageBand.from")).as("OEWS 25th percentile of Nursing Assistants")
                .isPositive().isLessThan(published.getFloat("rungs[1].wageBand.to"));
        assertThat(published.getList("rungs[1].requiredSkills")).as("O*NET important skills").isNotEmpty();
        assertThat(published.getList("transitions.kind")).as("29-2061 is another SOC minor group than 31-1131")
                .containsExactly("vertical", "diagonal");
        assertThat(published.getString("transitions[1].criteria.skills[0].elementId")).as("the target's skills")
                .isNotNull();

        String v1 = event(EmployerEvents.LADDER_PUBLISHED, ladder);
        assertThat(v1).containsPattern("\"version\": ?1,").contains("29-2061.00");

        given().header("Authorization", Tokens.bearer("emma", "employer", employer)).get("/ladders/" + ladder)
                .then().statusCode(200);
        given().header("Authorization", Tokens.bearer("hal", "employer", other)).get("/ladders/" + ladder)
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("emma", "employer", employer))
                .get("/employers/" + employer + "/rungs").then().statusCode(200)
                .body("jobTitle", contains("Care Partner", "CNA I", "Charge LPN"));

        post(ADMIN, "/ladders/" + ladder + "/rungs", Map.of("tier", 4, "occupationCode", "29-1141.00",
                "localTitle", "RN", "employers", List.of(Map.of("employerId", employer, "jobTitle", "Staff RN"))),
                201);
        String rn = given().header("Authorization", ADMIN).get("/ladders/" + ladder).then().extract()
                .path("rungs.find { it.tier == 4 }.id");
        given().header("Authorization", ADMIN).delete("/ladders/" + ladder + "/rungs/" + published.getString(
                "rungs[0].id")).then().statusCode(409).body("type", equalTo("urn:rungs:problem:rung-published"));
        given().header("Authorization", Tokens.bearer("emma", "employer", employer))
                .get("/employers/" + employer + "/rungs").then().body("jobTitle", hasSize(3));
        JsonPath incomplete = given().header("Authorization", ADMIN).post("/ladders/" + ladder + "/publish").then()
                .statusCode(409).contentType("application/problem+json").extract().jsonPath();
        assertThat(incomplete.getString("type")).isEqualTo("urn:rungs:problem:ladder-incomplete");
        assertThat(incomplete.getList("violations.field")).containsExactly("rungs[3]");
        given().header("Authorization", ADMIN).delete("/ladders/" + ladder + "/rungs/" + rn).then().statusCode(200)
                .body("rungs", hasSize(3)).body("unpublishedChanges", equalTo(true));
    }

    @Test
    void aHireAtARungClimbsAndIsFollowedUpUnderTheAgreement() {
        String employer = EmployerResourceTest.createEmployer("Lakeside Clinic");
        String staff = Tokens.bearer("emma", "employer", employer);
        JsonPath ladder = healthcareLadder(employer);
        String ladderId = ladder.getString("id");
        String aide = ladder.getString("rungs[0].id");
        String cna = ladder.getString("rungs[1].id");
        String lpn = ladder.getString("rungs[2].id");
        LocalDate today = LocalDate.now();

        String agreement = post(ADMIN, "/agreements", Map.of("employerId", employer, "rungs", List.of(
                Map.of("ladderId", ladderId, "rungId", cna, "wageFloor", 18.00)), "interviewQualifiedReferrals", true,
                "internalFirstDays", 10, "checkInDays", List.of(30, 90), "signedForEmployer", "Dana Ortiz",
                "signedForIntermediary", "Sam Lee", "signedOn", today.minusYears(1).toString(), "startsOn",
                today.minusYears(1).toString()), 201).getString("id");
        event(EmployerEvents.AGREEMENT_SIGNED, agreement);

        given().header("Authorization", staff).contentType(ContentType.JSON).body(Map.of("title", "CNA, days",
                "requiredSkills", List.of(Map.of("elementId", "2.B.1.e", "minimumLevel", 3)), "hourlyWage", 17.50,
                "openings", 1, "shift", "day", "ladderId", ladderId, "rungId", cna, "internalFirstUntil",
                today.plusDays(3).toString())).post("/employers/" + employer + "/vacancies").then().statusCode(422)
                .body("type", equalTo("urn:rungs:problem:vacancy-refused"))
                .body("violations.field", org.hamcrest.Matchers.hasItems("hourlyWage", "internalFirstUntil"));
        JsonPath vacancy = post(staff, "/employers/" + employer + "/vacancies", Map.of("title", "CNA, days",
                "requiredSkills", List.of(Map.of("elementId", "2.B.1.e", "minimumLevel", 3)), "hourlyWage", 19.50,
                "openings", 1, "shift", "day", "ladderId", ladderId, "rungId", cna), 201);
        String vacancyId = vacancy.getString("id");
        assertThat(vacancy.getString("occupationCode")).isEqualTo("31-1131.00");
        assertThat(vacancy.getInt("tier")).isEqualTo(2);
        assertThat(vacancy.getString("internalFirstUntil")).isEqualTo(today.plusDays(10).toString());
        assertThat(event(EmployerEvents.VACANCY_OPENED, vacancyId)).contains(cna);

        String participant = Participants.enrolled(db, "eastside-works", true, Map.of()).toString();
        String another = Participants.enrolled(db, "eastside-works", true, Map.of()).toString();
        String start = today.minusDays(100).toString();
        JsonPath low = given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("participantId", participant, "vacancyId", vacancyId, "startDate", start,
                        "hourlyWage", 17.25, "weeklyHours", 36))
                .post("/employers/" + employer + "/hires").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(low.getString("type")).isEqualTo("urn:rungs:problem:below-wage-floor");
        assertThat(low.getString("detail")).contains("18.00");
        assertThat(low.getList("violations.field")).containsExactly("hourlyWage");

        JsonPath hired = post(staff, "/employers/" + employer + "/hires", Map.of("participantId", participant,
                "vacancyId", vacancyId, "startDate", start, "hourlyWage", 19.50, "weeklyHours", 36), 201);
        String employment = hired.getString("id");
        assertThat(hired.getList("checkIns.daysAfterHire")).containsExactly(30, 90);
        assertThat(event(EmployerEvents.HIRE_RECORDED, employment)).contains(vacancyId);
        event(EmployerEvents.VACANCY_FILLED, vacancyId);
        given().header("Authorization", staff).get("/vacancies/" + vacancyId).then()
                .body("status", equalTo("filled")).body("hired", equalTo(1));

        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("participantId", another, "vacancyId", vacancyId,
                        "startDate", start, "hourlyWage", 19.50, "weeklyHours", 36))
                .post("/employers/" + employer + "/hires").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:vacancy-not-open"));

        given().header("Authorization", staff).get("/employments/overdue-check-ins").then().statusCode(200)
                .body("items.id", hasItem(employment));
        String navigator = Tokens.bearer("nadia", "navigator", "eastside-works");
        given().header("Authorization", navigator).get("/employments/overdue-check-ins").then().statusCode(200)
                .body("items.id", hasItem(employment));
        given().header("Authorization", navigator).get("/employments/" + employment).then().statusCode(200);
        given().header("Authorization", Tokens.bearer("wes", "navigator", "westside-jobs"))
                .get("/employments/" + employment).then().statusCode(404);
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("daysAfterHire", 90, "checkedOn", today.minusDays(101).toString(), "stillEmployed", true))
                .post("/employments/" + employment + "/check-ins").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:check-in-before-hire"));
        post(staff, "/employments/" + employment + "/check-ins", Map.of("daysAfterHire", 90, "checkedOn",
                today.toString(), "stillEmployed", true), 200);
        assertThat(event(EmployerEvents.RETENTION_CHECKED, employment)).containsPattern("\"daysAfterHire\": ?90");

        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("rungId", aide, "wageAfter", 21, "promotedOn", today.toString()))
                .post("/employments/" + employment + "/promotions").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:promotion-not-upward"));
        JsonPath promoted = post(staff, "/employments/" + employment + "/promotions", Map.of("rungId", lpn,
                "wageAfter", 19.50, "promotedOn", today.toString()), 201);
        assertThat(promoted.getInt("tier")).isEqualTo(3);
        assertThat(promoted.getList("promotions")).hasSize(1);
        assertThat(event(EmployerEvents.PROMOTION_RECORDED, employment)).contains(lpn);

        post(staff, "/employments/" + employment + "/separation", Map.of("separatedOn", today.toString(),
                "reason", "voluntary"), 200);
        assertThat(event(EmployerEvents.SEPARATION_RECORDED, employment)).contains("voluntary");
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("separatedOn", today.toString(), "reason", "voluntary"))
                .post("/employments/" + employment + "/separation").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:employment-ended"));

        post(ADMIN, "/agreements/" + agreement + "/end", Map.of("endedOn", today.toString(), "reason",
                "Program year over"), 200);
        event(EmployerEvents.AGREEMENT_ENDED, agreement);
        given().header("Authorization", Tokens.bearer("hal", "employer", java.util.UUID.randomUUID().toString()))
                .get("/agreements/" + agreement).then().statusCode(404);
        given().header("Authorization", staff).get("/agreements").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].status", equalTo("ended"))
                .body("items[0].endedOn", notNullValue());
    }

    @Test
    void employerStaffWhoseTokenNamesNoEmployerAreRefusedNotFailed() {
        String stray = Tokens.bearer("sam", "employer", "not-an-employer-id");
        for (String path : List.of("/ladders", "/agreements", "/employments", "/employments/overdue-check-ins",
                "/referrals")) {
            given().header("Authorization", stray).get(path).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo("urn:rungs:problem:forbidden"));
        }
    }
}
