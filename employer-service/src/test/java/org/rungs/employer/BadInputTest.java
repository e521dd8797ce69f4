package org.rungs.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Sql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Input that is valid HTTP and JSON but that the database could not store, or that the framework would turn into a bare
 * 404: each one is a 400 naming what is wrong, and nothing is written.
 */
@QuarkusTest
class BadInputTest {

    static final String ADMIN = EmployerResourceTest.ADMIN;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void pagingParametersAreCheckedAsTheyAreGiven() {
        for (String query : List.of("page=2147483647&size=2", "page=1000000", "page=-1", "page=abc", "page=1.5")) {
            given().header("Authorization", ADMIN).get("/employers?" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("page"));
        }
        for (String query : List.of("size=0", "size=201", "size=99999999999", "size=ten")) {
            given().header("Authorization", ADMIN).get("/vacancies?" + query)
                    .then().statusCode(400).body("violations.field", hasItem("size"));
        }
        given().header("Authorization", ADMIN).get("/employers?page=999999&size=200")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void queryFiltersNameTheParameter() {
        given().header("Authorization", ADMIN).get("/vacancies?employerId=xyz")
                .then().statusCode(400).body("violations.field", hasItem("employerId"));
        given().header("Authorization", ADMIN).get("/vacancies?occupationCode=%00")
                .then().statusCode(400).body("violations.field", hasItem("occupationCode"));
    }

    @Test
    void textWithTheNulCharacterIsRefusedAndWritesNothing() {
        long before = Sql.number(dataSource, "select count(*) from employer");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Riverside\\u0000Care\",\"naicsCode\":\"623\",\"sizeBand\":\"10-49\"}")
                .post("/employers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", equalTo("must not contain the NUL character (\\u0000)"));
        String employer = EmployerResourceTest.createEmployer("Harbor Care");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(VacancyResourceTest.CNA.replace("Certified Nursing Assistant", "CNA\\u0000"))
                .post("/employers/" + employer + "/vacancies")
                .then().statusCode(400).body("violations.field", hasItem("title"));
        assertThat(Sql.number(dataSource, "select count(*) from employer")).isEqualTo(before + 1);
        assertThat(
                Sql.number(dataSource, "select count(*) from vacancy where employer_id = ?", UUID.fromString(employer)))
                .isZero();
    }

    @Test
    void decimalsWithAnAbsurdExponentAreRefused() {
        String employer = EmployerResourceTest.createEmployer("Summit Clinic");
        for (String level : List.of("0E2147483647", "0E-2147483647", "1E-1001")) {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body(VacancyResourceTest.CNA.replace("\"minimumLevel\":3}", "\"minimumLevel\":" + level + "}"))
                    .post("/employers/" + employer + "/vacancies")
                    .then().statusCode(400).body("violations.field", hasItem("requiredSkills[0].minimumLevel"));
        }
    }

    @Test
    void aBodyThatIsNotJsonTextIsMalformed() {
        byte[] utf32Looking = {0, 0, 0, '{', 0, 0, 0};
        given().header("Authorization", ADMIN).contentType("application/json").body(utf32Looking)
                .post("/employers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:malformed-request"));
        given().header("Authorization", ADMIN).contentType("application/json")
                .body("{\"name\":".getBytes(StandardCharsets.UTF_8)).post("/employers")
                .then().statusCode(400).body("type", equalTo("urn:rungs:problem:malformed-request"));
    }

    @Test
    void racingCreatesOfTheSameIdGiveOneCreatedAndConflicts() throws Exception {
        for (int round = 0; round < 5; round++) {
            String body = "{\"id\":\"" + UUID.randomUUID()
                    + "\",\"name\":\"Valley Foods\",\"naicsCode\":\"311\",\"sizeBand\":\"10-49\"}";
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    calls.add(pool.submit(() -> given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                            .body(body).post("/employers").statusCode()));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> call : calls) {
                    statuses.add(call.get());
                }
                assertThat(statuses).containsOnly(201, 409);
                assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
