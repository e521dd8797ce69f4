package org.rungs.deploy;

import static io.restassured.RestAssured.given;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The five services as separate processes on real PostgreSQL, Kafka and Keycloak, started by the README's run command,
 * checked across services over REST (with real Keycloak tokens) and Kafka.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    static final String RIVERSIDE = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
    static final String EASTPORT = "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b";
    static final Duration WAIT = ofSeconds(60);

    static KafkaProbe kafka;
    static String admin;
    static String navigator;
    static String employerStaff;

    @BeforeAll
    static void startStack() {
        LocalStack.run("reset");
        LocalStack.run("up");
        kafka = new KafkaProbe(LocalStack.KAFKA);
        admin = token("ada");
        navigator = token("nia");
        employerStaff = token("emma");
    }

    @AfterAll
    static void stopStack() {
        LocalStack.run("down");
    }

    @Test
    @Order(1)
    void demoRegionIsLoadedAndProtected() {
        given().get(LocalStack.EMPLOYER + "/employers").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(token("ana")).contentType(ContentType.JSON).body("{}")
                .post(LocalStack.EMPLOYER + "/employers").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(employerStaff).get(LocalStack.EMPLOYER + "/employers/" + RIVERSIDE)
                .then().statusCode(200).body("name", equalTo("Riverside Care Homes"));
        given().auth().oauth2(employerStaff).get(LocalStack.EMPLOYER + "/employers/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(navigator).get(LocalStack.TRAINING + "/programs?occupationCode=31-1131.00")
                .then().statusCode(200).body("total", equalTo(1));

        // the region is big enough that an analyst sees its figures: no cell of the demo is suppressed
        String analyst = token("ana");
        await().ignoreExceptions().atMost(WAIT).untilAsserted(() -> {
            var figures = given().auth().oauth2(analyst).get(LocalStack.REPORTING + "/indicators")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(figures.getLong("totals.participantsEnrolled")).isGreaterThanOrEqualTo(60);
            assertThat(figures.getLong("totals.matchesProposed")).isGreaterThanOrEqualTo(5);
            assertThat(figures.getBoolean("totals.suppressed")).isFalse();
            assertThat(figures.getList("byPartnerAgency.suppressed")).containsOnly(false);
            assertThat(figures.getList("byEmployer.suppressed")).containsOnly(false);
        });
    }

    @Test
    @Order(2)
    void vacancyOpenedProposesConsentingCandidatesOnly() {
        String consenting = enrol(true);
        String notConsenting = enrol(false);
        for (String p : List.of(consenting, notConsenting)) {
            skill(p, "2.A.1.a", "4");
            skill(p, "2.B.1.f", "4");
        }
        String vacancy = openVacancy(employerStaff, RIVERSIDE, """
                [{"elementId":"2.A.1.a","minimumLevel":3},{"elementId":"2.B.1.f","minimumLevel":3.5}]""");

        await().ignoreExceptions().atMost(WAIT)
                .untilAsserted(() -> assertThat(candidates(employerStaff, vacancy)).contains(consenting));
        assertThat(candidates(employerStaff, vacancy)).doesNotContain(notConsenting);

        ConsumerRecord<String, String> proposal = kafka.await("rungs.match",
                r -> r.value().contains(vacancy) && r.value().contains(consenting), WAIT);
        assertThat(KafkaProbe.header(proposal, CloudEventHeaders.TYPE)).isEqualTo("match.proposed.v1");
        assertThat(EventSamples.validate(MatchingEvents.MATCH_PROPOSED, proposal.value())).isEmpty();
        await().atMost(WAIT).until(EndToEndIT::settled);
        assertThat(kafka.readToEnd("rungs.match", r -> r.value().contains(notConsenting))).isEmpty();

        given().auth().oauth2(navigator).contentType(ContentType.JSON).body("{\"shareWithEmployers\":false}")
                .put(LocalStack.PARTICIPANT + "/participants/" + consenting + "/consent").then().statusCode(200);
        await().ignoreExceptions().atMost(WAIT).untilAsserted(
                () -> assertThat(candidates(employerStaff, vacancy)).doesNotContain(consenting));
    }

    @Test
    @Order(3)
    void skillAttainedReevaluatesTheParticipant() {
        String participant = enrol(true);
        skill(participant, "2.A.1.a", "4");
        String vacancy = openVacancy(admin, RIVERSIDE, """
                [{"elementId":"2.A.1.a","minimumLevel":3},{"elementId":"2.B.1.f","minimumLevel":3.5},
                 {"elementId":"2.C.1.e","minimumLevel":4}]""");
        await().ignoreExceptions().atMost(WAIT).until(() -> candidatesResponse(admin, vacancy).statusCode() == 200);
        assertThat(candidates(admin, vacancy)).doesNotContain(participant);

        skill(participant, "2.B.1.f", "4");
        await().ignoreExceptions().atMost(WAIT)
                .untilAsserted(() -> assertThat(candidates(admin, vacancy)).contains(participant));
    }

    @Test
    @Order(4)
    void aDuplicateEventIsAppliedOnce() {
        String participant = enrol(true);
        skill(participant, "2.A.1.a", "5");
        String vacancy = openVacancy(admin, RIVERSIDE, "[{\"elementId\":\"2.A.1.a\",\"minimumLevel\":3}]");
        ConsumerRecord<String, String> opened = kafka.await("rungs.vacancy", r -> vacancy.equals(r.key()), WAIT);
        await().ignoreExceptions().atMost(WAIT)
                .untilAsserted(() -> assertThat(candidates(admin, vacancy)).contains(participant));
        int proposalsBefore = proposals(vacancy);

        // the same event again (same ce_id), as a redelivery would bring it
        RecordHeaders headers = new RecordHeaders();
        opened.headers().forEach(h -> headers.add(h.key(), h.value()));
        kafka.sendRaw(new ProducerRecord<>(opened.topic(), opened.partition(), opened.key(), opened.value(),
                headers));
        // a later event for the same vacancy, behind the duplicate on its partition
        close(vacancy);
        await().ignoreExceptions().atMost(WAIT).until(() -> candidatesResponse(admin, vacancy).statusCode() == 404);
        assertThat(proposals(vacancy)).isEqualTo(proposalsBefore);
    }

    @Test
    @Order(5)
    void aPoisonMessageIsDeadLetteredWhileLaterEventsFlow() {
        String vacancy = openVacancy(admin, RIVERSIDE, "[{\"elementId\":\"2.A.1.a\",\"minimumLevel\":3}]");
        await().ignoreExceptions().atMost(WAIT).until(() -> candidatesResponse(admin, vacancy).statusCode() == 200);
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, "vacancy.opened.v1".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SOURCE, "e2e".getBytes(StandardCharsets.UTF_8));
        kafka.sendRaw(new ProducerRecord<>("rungs.vacancy", null, vacancy, "{this is not json", headers));
        double closedBefore = indicator("vacanciesClosed");

        close(vacancy);

        await().ignoreExceptions().atMost(WAIT).until(() -> candidatesResponse(admin, vacancy).statusCode() == 404);
        await().ignoreExceptions().atMost(WAIT).until(() -> indicator("vacanciesClosed") == closedBefore + 1);
        for (String dlq : List.of("matching-service.dlq", "reporting-service.dlq")) {
            ConsumerRecord<String, String> dead = kafka.await(dlq, r -> vacancy.equals(r.key()), WAIT);
            assertThat(dead.value()).isEqualTo("{this is not json");
            assertThat(KafkaProbe.header(dead, "dead-letter-reason")).isNotBlank();
        }
    }

    @Test
    @Order(6)
    void anEventCommittedButNotPublishedWhenTheServiceIsKilledIsPublishedAfterRestart() throws Exception {
        // Kafka is frozen, so the relay cannot publish what the request commits; then the service dies at once.
        LocalStack.signal("kafka", "STOP");
        String vacancy;
        try {
            vacancy = openVacancy(admin, RIVERSIDE, "[{\"elementId\":\"2.A.1.a\",\"minimumLevel\":3}]");
            LocalStack.signal("employer-service", "KILL");
        } finally {
            LocalStack.signal("kafka", "CONT");
        }
        assertThat(LocalStack.sql("select count(*) from employer.outbox_event where aggregate_id = ? "
                + "and published_at is null", vacancy)).isEqualTo(1);

        LocalStack.run("up", "--no-demo");

        ConsumerRecord<String, String> opened = kafka.await("rungs.vacancy", r -> vacancy.equals(r.key()), WAIT);
        assertThat(KafkaProbe.header(opened, CloudEventHeaders.TYPE)).isEqualTo("vacancy.opened.v1");
        await().atMost(WAIT).until(() -> LocalStack.sql("select count(*) from employer.outbox_event "
                + "where aggregate_id = ? and published_at is not null", vacancy) == 1);
        await().ignoreExceptions().atMost(WAIT).until(() -> candidatesResponse(admin, vacancy).statusCode() == 200);
    }

    @Test
    @Order(7)
    void reportingCountsAreTheSameAfterAReplay() {
        await().atMost(WAIT).until(EndToEndIT::settled);
        Map<String, Object> live = indicators();
        String replay = given().auth().oauth2(admin).post(LocalStack.REPORTING + "/replays")
                .then().statusCode(202).extract().header("Location");
        assertThat(replay).startsWith(LocalStack.REPORTING + "/replays/");
        await().atMost(WAIT).until(() -> !"running".equals(given().auth().oauth2(admin)
                .get(replay).then().statusCode(200).extract().path("status")));
        given().auth().oauth2(admin).get(replay).then().statusCode(200).body("status", equalTo("completed"));
        assertThat(indicators()).isEqualTo(live);
    }

    @Test
    @Order(8)
    void aLadderBuiltFromSuggestionsIsPublishedAndMatchingAndReportingHaveIt() {
        var fromHand = given().auth().oauth2(admin).get(LocalStack.EMPLOYER + "/ladders/suggestions?from=53-7062.00")
                .then().statusCode(200).extract().jsonPath();
        assertThat(fromHand.getList("suggestions.code")).contains("53-7051.00");
        assertThat(fromHand.getString("attribution")).contains("O*NET 30.0").contains("Bureau of Labor Statistics");
        String next = given().auth().oauth2(admin).get(LocalStack.EMPLOYER + "/ladders/suggestions?from=53-7051.00")
                .then().statusCode(200).extract().jsonPath().getString("suggestions[0].code");

        String ladder = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("title", "Dock to yard", "naicsCode", "493110", "region", "Tri-County",
                        "taxonomy", "onet-soc", "kind", "single-firm"))
                .post(LocalStack.EMPLOYER + "/ladders").then().statusCode(201).extract().path("id");
        List<String> codes = List.of("53-7062.00", "53-7051.00", next);
        for (int tier = 1; tier <= 3; tier++) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("tier", tier, "occupationCode", codes.get(tier - 1), "employers",
                            List.of(Map.of("employerId", EASTPORT, "jobTitle", "Job " + tier))))
                    .post(LocalStack.EMPLOYER + "/ladders/" + ladder + "/rungs").then().statusCode(201);
        }
        List<String> rungs = given().auth().oauth2(admin).get(LocalStack.EMPLOYER + "/ladders/" + ladder).then()
                .statusCode(200).extract().jsonPath().getList("rungs.id");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("fromRungId", rungs.get(i), "toRungId", rungs.get(i + 1)))
                    .post(LocalStack.EMPLOYER + "/ladders/" + ladder + "/transitions").then().statusCode(201);
        }
        given().auth().oauth2(admin).post(LocalStack.EMPLOYER + "/ladders/" + ladder + "/publish").then()
                .statusCode(200).body("publishedVersion", equalTo(1));

        ConsumerRecord<String, String> published = kafka.await("rungs.ladder", r -> ladder.equals(r.key()), WAIT);
        assertThat(EventSamples.validate(EmployerEvents.LADDER_PUBLISHED, published.value())).isEmpty();
        await().atMost(WAIT).until(() -> LocalStack.sql("select count(*) from matching.ladder where id = ?::uuid "
                + "and version = 1", ladder) == 1);
        await().atMost(WAIT).until(() -> LocalStack.sql("select count(*) from reporting.rung_fact where "
                + "ladder_id = ?::uuid", ladder) == 3);
    }

    @Test
    @Order(9)
    void aReferralAcceptedHiredCheckedInAndPromotedIsOnKafkaAndInTheEmploymentHistory() {
        LocalDate today = LocalDate.now();
        String participant = enrol(true);
        skill(participant, "2.B.1.f", "4");
        JsonPath ladder = healthcareLadder();
        String cna = rungId(ladder, 2);
        String lpn = rungId(ladder, 3);
        String vacancy = given().auth().oauth2(employerStaff).contentType(ContentType.JSON)
                .body(Map.of("title", "CNA, days", "requiredSkills", List.of(Map.of("elementId", "2.B.1.f",
                        "minimumLevel", 3.5)), "hourlyWage", 21, "openings", 1, "shift", "day", "ladderId",
                        ladder.getString("id"), "rungId", cna, "openedOn", today.minusDays(130).toString()))
                .post(LocalStack.EMPLOYER + "/employers/" + RIVERSIDE + "/vacancies").then().statusCode(201)
                .extract().path("id");
        // employer-service learns of the participant from participant.enrolled.v1; until then it refuses (422)
        String[] made = new String[1];
        await().atMost(WAIT).until(() -> {
            Response r = given().auth().oauth2(navigator).contentType(ContentType.JSON)
                    .body(Map.of("participantId", participant, "on", today.minusDays(118).toString()))
                    .post(LocalStack.EMPLOYER + "/vacancies/" + vacancy + "/referrals");
            assertThat(r.statusCode()).as(r.asString()).isIn(201, 422);
            made[0] = r.statusCode() == 201 ? r.path("id") : null;
            return made[0] != null;
        });
        String referral = made[0];
        given().auth().oauth2(employerStaff).get(LocalStack.EMPLOYER + "/referrals/" + referral).then()
                .statusCode(200).body("participantId", equalTo(null));
        given().auth().oauth2(employerStaff).get(LocalStack.PARTICIPANT + "/participants/" + participant
                + "/contact").then().statusCode(404);

        stage(navigator, referral, "accepted", today.minusDays(116));
        await().ignoreExceptions().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(employerStaff)
                .get(LocalStack.PARTICIPANT + "/participants/" + participant + "/contact").then().statusCode(200)
                .body("givenName", equalTo("Test")).body("familyName", equalTo("Participant")));
        stage(employerStaff, referral, "interviewed", today.minusDays(112));
        stage(employerStaff, referral, "offered", today.minusDays(108));
        String employment = given().auth().oauth2(employerStaff).contentType(ContentType.JSON)
                .body(Map.of("participantId", participant, "referralId", referral, "startDate",
                        today.minusDays(100).toString(), "hourlyWage", 21, "weeklyHours", 36))
                .post(LocalStack.EMPLOYER + "/employers/" + RIVERSIDE + "/hires").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(employerStaff).contentType(ContentType.JSON)
                .body(Map.of("daysAfterHire", 90, "checkedOn", today.minusDays(8).toString(), "stillEmployed", true))
                .post(LocalStack.EMPLOYER + "/employments/" + employment + "/check-ins").then().statusCode(200);
        given().auth().oauth2(employerStaff).contentType(ContentType.JSON)
                .body(Map.of("rungId", lpn, "wageAfter", 29.5, "promotedOn", today.minusDays(3).toString()))
                .post(LocalStack.EMPLOYER + "/employments/" + employment + "/promotions").then().statusCode(201);

        await().atMost(WAIT).until(() -> LocalStack.kcat("rungs.employment").stream()
                .filter(r -> employment.equals(r.key())).count() == 3);
        List<LocalStack.KafkaRecord> facts = LocalStack.kcat("rungs.employment").stream()
                .filter(r -> employment.equals(r.key())).toList();
        assertThat(facts).extracting(LocalStack.KafkaRecord::type)
                .containsExactly("hire.recorded.v1", "retention.checked.v1", "promotion.recorded.v1");
        assertThat(EventSamples.validate(EmployerEvents.HIRE_RECORDED, facts.get(0).value())).isEmpty();
        assertThat(EventSamples.validate(EmployerEvents.RETENTION_CHECKED, facts.get(1).value())).isEmpty();
        assertThat(EventSamples.validate(EmployerEvents.PROMOTION_RECORDED, facts.get(2).value())).isEmpty();
        assertThat(LocalStack.kcat("rungs.referral").stream().filter(r -> referral.equals(r.key()))
                .map(r -> json(r.value()).path("stage").asText()))
                .containsExactly("referred", "accepted", "interviewed", "offered", "hired");

        await().ignoreExceptions().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(navigator)
                .get(LocalStack.PARTICIPANT + "/participants/" + participant + "/employment").then().statusCode(200)
                .body("current.employerName", equalTo("Riverside Care Homes"))
                .body("current.occupationCode", equalTo("29-2061.00"))
                .body("current.tier", equalTo(3))
                .body("current.promotions", equalTo(1))
                .body("current.lastCheckedOn", equalTo(today.minusDays(8).toString())));

        given().auth().oauth2(navigator).contentType(ContentType.JSON).body("{\"shareWithEmployers\":false}")
                .put(LocalStack.PARTICIPANT + "/participants/" + participant + "/consent").then().statusCode(200);
        given().auth().oauth2(employerStaff).get(LocalStack.PARTICIPANT + "/participants/" + participant
                + "/contact").then().statusCode(404);
    }

    @Test
    @Order(10)
    void aVacancyRoundTripsThroughItsSchemaOrgJobPosting() {
        String vacancy = openVacancy(employerStaff, RIVERSIDE, """
                [{"elementId":"2.B.1.f","minimumLevel":3.5},{"elementId":"2.A.1.b","minimumLevel":3}]""");
        String posting = given().auth().oauth2(employerStaff).accept("application/ld+json")
                .get(LocalStack.EMPLOYER + "/vacancies/" + vacancy).then().statusCode(200)
                .contentType("application/ld+json").extract().asString();
        JsonNode jobPosting = json(posting);
        assertThat(jobPosting.path("@type").asText()).isEqualTo("JobPosting");
        assertThat(jobPosting.path("baseSalary").path("value").path("unitText").asText()).isEqualTo("HOUR");

        String copy = given().auth().oauth2(employerStaff).contentType("application/ld+json")
                .accept(ContentType.JSON).body(posting)
                .post(LocalStack.EMPLOYER + "/employers/" + RIVERSIDE + "/vacancies").then().statusCode(201)
                .extract().path("id");
        var original = given().auth().oauth2(employerStaff).get(LocalStack.EMPLOYER + "/vacancies/" + vacancy)
                .then().statusCode(200).extract().jsonPath();
        var twin = given().auth().oauth2(employerStaff).get(LocalStack.EMPLOYER + "/vacancies/" + copy)
                .then().statusCode(200).extract().jsonPath();
        for (String field : List.of("title", "occupationCode", "hourlyWage", "openings", "shift", "requiredSkills")) {
            assertThat(twin.get(field).toString()).as(field).isEqualTo(original.get(field).toString());
        }
    }

    @Test
    @Order(11)
    void aParticipantsJourneyFromIntakeThroughTrainingToAMatchAndAnExit() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String participant = given().auth().oauth2(navigator).contentType(ContentType.JSON).body("""
                {"givenName":"Journey","familyName":"Walker%s","consentToShare":true,"dateOfBirth":"1991-06-01",
                 "programEntryDate":"%s","employmentStatusAtEntry":"employed","highestEducation":"secondary-diploma",
                 "workShift":"day","barriers":["childcare"]}""".formatted(UUID.randomUUID().toString().substring(0, 6),
                today.minusDays(200)))
                .post(LocalStack.PARTICIPANT + "/participants").then().statusCode(201)
                .body("pirlId", org.hamcrest.Matchers.matchesPattern("[A-Z][0-9A-Z]{11}")).extract().path("id");
        String base = LocalStack.PARTICIPANT + "/participants/" + participant;
        given().auth().oauth2(navigator).contentType(ContentType.JSON)
                .body("{\"barrier\":\"childcare\",\"provider\":\"Tri-County Child Care Resource Network\",\"on\":\""
                        + today.minusDays(195) + "\"}")
                .post(base + "/supports").then().statusCode(201);
        service(participant, "career-service", today.minusDays(190));

        // a vacancy that needs what the nursing assistant bridge teaches: not for them yet
        String vacancy = openVacancy(employerStaff, RIVERSIDE, """
                [{"elementId":"2.B.1.f","minimumLevel":4},{"elementId":"2.A.1.b","minimumLevel":4},
                 {"elementId":"2.B.1.a","minimumLevel":3.5}]""");
        await().ignoreExceptions().atMost(WAIT)
                .until(() -> candidatesResponse(employerStaff, vacancy).statusCode() == 200);
        assertThat(candidates(employerStaff, vacancy)).doesNotContain(participant);

        // the bridge's cohort: enrolled, a skill gain, completed; the credential's skills are attained
        String program = given().auth().oauth2(navigator)
                .get(LocalStack.TRAINING + "/programs?occupationCode=31-1131.00")
                .then().statusCode(200).extract().path("items[0].id");
        String cohort = given().auth().oauth2(admin).contentType(ContentType.JSON).body("""
                {"startDate":"%s","endDate":"%s","meetingDays":["monday","wednesday"],"startTime":"18:00",
                 "endTime":"21:00","deliveryMode":"hybrid","location":"Northside College","seats":12,
                 "costToParticipant":0}""".formatted(today.minusDays(180), today.minusDays(120)))
                .post(LocalStack.TRAINING + "/programs/" + program + "/cohorts").then().statusCode(201)
                .extract().path("id");
        String enrolment = await().ignoreExceptions().atMost(WAIT).until(() -> given().auth().oauth2(navigator)
                .contentType(ContentType.JSON)
                .body("{\"participantId\":\"" + participant + "\",\"enrolledOn\":\"" + today.minusDays(185) + "\"}")
                .post(LocalStack.TRAINING + "/cohorts/" + cohort + "/enrolments"), r -> r.statusCode() == 201)
                .path("id");
        service(participant, "training", today.minusDays(180));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"type\":\"training-milestone\",\"achievedOn\":\"" + today.minusDays(150) + "\"}")
                .post(LocalStack.TRAINING + "/enrolments/" + enrolment + "/skill-gains").then().statusCode(200);
        String credential = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"on\":\"" + today.minusDays(120) + "\"}")
                .post(LocalStack.TRAINING + "/enrolments/" + enrolment + "/completion").then().statusCode(200)
                .extract().path("credentialId");
        service(participant, "training", today.minusDays(120));
        await().ignoreExceptions().atMost(WAIT).untilAsserted(() -> assertThat(given().auth().oauth2(navigator)
                .get(base + "/skills").then().statusCode(200).extract().jsonPath().getList("source"))
                .contains("credential"));
        await().ignoreExceptions().atMost(WAIT)
                .untilAsserted(() -> assertThat(candidates(employerStaff, vacancy)).contains(participant));
        kafka.await("rungs.match", r -> r.value().contains(vacancy) && r.value().contains(participant), WAIT);

        // the credential verifies as an Open Badge against the network's published key
        String enveloped = given().auth().oauth2(navigator).accept("application/vc+ld+json")
                .get(LocalStack.TRAINING + "/credentials/" + credential).then().statusCode(200).extract().path("id");
        com.nimbusds.jose.JWSObject jws = com.nimbusds.jose.JWSObject.parse(
                enveloped.substring("data:application/vc+jwt,".length()));
        com.nimbusds.jose.jwk.JWKSet keys = com.nimbusds.jose.jwk.JWKSet
                .load(java.net.URI.create(LocalStack.TRAINING + "/.well-known/jwks.json").toURL());
        assertThat(jws.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(
                (com.nimbusds.jose.jwk.ECKey) keys.getKeyByKeyId(jws.getHeader().getKeyID())))).isTrue();
        assertThat(jws.getPayload().toString()).contains("OpenBadgeCredential", "urn:uuid:" + participant);

        // an employer sees them only as matching allows: no contact without an accepted referral, no case file
        given().auth().oauth2(employerStaff).get(base + "/contact").then().statusCode(404);
        given().auth().oauth2(employerStaff).get(base).then().statusCode(403);

        // services stop (a self-service contact does not count): 90 days after the last, they have exited
        service(participant, "self-service", today.minusDays(60));
        given().auth().oauth2(navigator).get(base + "/exit?asOf=" + today.minusDays(120).plusDays(89)).then()
                .statusCode(200).body("status", equalTo("participating"));
        given().auth().oauth2(navigator).get(base + "/exit?asOf=" + today.minusDays(30)).then()
                .statusCode(200).body("status", equalTo("exited"))
                .body("exitDate", equalTo(today.minusDays(120).toString()));
        given().auth().oauth2(admin).post(LocalStack.PARTICIPANT + "/exits/announcements").then().statusCode(200);
        ConsumerRecord<String, String> exited = kafka.await("rungs.participant", r -> participant.equals(r.key())
                && "participant.exited.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)), WAIT);
        assertThat(json(exited.value()).path("exitDate").asText()).isEqualTo(today.minusDays(120).toString());
        assertThat(json(exited.value()).path("periodStart").asText()).isEqualTo(today.minusDays(190).toString());
    }

    @Test
    @Order(12)
    void twoMatchingInstancesShareTheVacanciesAndEachAnswersForAll() {
        String participant = enrol(true);
        // two skills at levels nobody in the demo region holds, so the participant is on every shortlist
        skill(participant, "2.B.3.d", "7");
        LocalStack.run("instance", "matching-service", "2");
        String second = LocalStack.instance("matching-service", 2);
        List<String> instances = List.of(LocalStack.MATCHING, second);
        try {
            await().atMost(WAIT).until(() -> instances.stream().allMatch(i -> !vacancyPartitions(i).isEmpty()));
            // vacancies until each instance owns two (an instance owns the vacancies of its partitions)
            Map<String, List<String>> owned = new java.util.HashMap<>();
            while (instances.stream().anyMatch(i -> owned.getOrDefault(i, List.of()).size() < 2)) {
                String vacancy = openVacancy(admin, RIVERSIDE, """
                        [{"elementId":"2.B.3.d","minimumLevel":6.9},{"elementId":"2.B.3.l","minimumLevel":6.9}]""");
                int partition = org.rungs.spine.messaging.Assignment.partitionOf(vacancy, 3);
                String owner = instances.stream().filter(i -> vacancyPartitions(i).contains(partition))
                        .findFirst().orElseThrow();
                owned.computeIfAbsent(owner, i -> new java.util.ArrayList<>()).add(vacancy);
                assertThat(owned.values().stream().mapToInt(List::size).sum()).as("vacancies opened").isLessThan(40);
            }
            List<String> vacancies = owned.values().stream().flatMap(List::stream).toList();

            // every vacancy proposes the participant (half the skills met), and both instances answer alike
            await().ignoreExceptions().atMost(WAIT).untilAsserted(() -> {
                for (String vacancy : vacancies) {
                    for (String instance : instances) {
                        assertThat(scores(instance, vacancy)).containsEntry(participant, 0.5f);
                    }
                }
            });

            // a new skill reaches both owners through the participant feed: each re-proposes for its vacancies
            skill(participant, "2.B.3.l", "7");
            await().ignoreExceptions().atMost(WAIT).untilAsserted(() -> {
                for (String vacancy : vacancies) {
                    for (String instance : instances) {
                        assertThat(scores(instance, vacancy)).containsEntry(participant, 1f);
                    }
                }
            });
        } finally {
            LocalStack.run("instance", "matching-service", "2", "stop");
        }

        // the remaining instance takes every partition over: a vacancy opened now is matched all the same
        await().atMost(WAIT).until(() -> vacancyPartitions(LocalStack.MATCHING).size() == 3);
        String after = openVacancy(admin, RIVERSIDE, """
                [{"elementId":"2.B.3.d","minimumLevel":6.9},{"elementId":"2.B.3.l","minimumLevel":6.9}]""");
        await().ignoreExceptions().atMost(WAIT)
                .untilAsserted(() -> assertThat(scores(LocalStack.MATCHING, after)).containsEntry(participant, 1f));
    }

    @Test
    @Order(13)
    void aNavigatorPlansAPathwayUpTheHealthcareLadder() {
        JsonPath ladder = healthcareLadder();
        String ladderId = ladder.getString("id");
        String target = rungId(ladder, 3);
        String participant = enrol(true);
        skill(participant, "2.A.1.a", "3");
        await().atMost(WAIT).until(EndToEndIT::settled);

        JsonPath pathway = await().ignoreExceptions().atMost(WAIT).until(() -> given().auth().oauth2(navigator)
                .get(LocalStack.MATCHING + "/participants/" + participant + "/pathway?ladder=" + ladderId
                        + "&targetRung=" + target)
                .then().statusCode(200).extract().jsonPath(), p -> p.getList("steps").size() == 3);
        // off the ladder, the route enters at the entry rung and climbs to tier 3
        assertThat(pathway.getString("fromRungId")).isNull();
        assertThat(pathway.getString("steps[2].toRungId")).isEqualTo(target);
        // every gap is closed by a cohort of the plan or named as uncovered
        Set<String> needed = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            needed.addAll(gapKeys(pathway.getList("steps[" + i + "].missing")));
        }
        Set<String> answered = new java.util.HashSet<>(gapKeys(pathway.getList("plan.cohorts.closes.flatten()")));
        answered.addAll(gapKeys(pathway.getList("plan.uncovered")));
        assertThat(needed).isNotEmpty();
        assertThat(answered).containsAll(needed);
        assertThat(pathway.getInt("plan.totalWeeks")).isEqualTo(pathway.getList("plan.cohorts.weeks",
                Integer.class).stream().mapToInt(Integer::intValue).sum());

        ConsumerRecord<String, String> proposed = kafka.await("rungs.pathway",
                r -> r.value().contains(participant), WAIT);
        assertThat(EventSamples.validate(MatchingEvents.PATHWAY_PROPOSED, proposed.value())).isEmpty();
        // an employer does not plan a participant's pathway
        given().auth().oauth2(employerStaff).get(LocalStack.MATCHING + "/participants/" + participant
                + "/pathway?ladder=" + ladderId + "&targetRung=" + target).then().statusCode(403);
    }

    /** A pathway's gaps by element id, or credential name in lower case. */
    static Set<String> gapKeys(List<Map<String, Object>> gaps) {
        return gaps.stream().map(g -> g.get("elementId") != null
                ? (String) g.get("elementId")
                : ((String) g.get("credential")).strip().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The partitions of rungs.vacancy an instance of matching-service holds (its readiness says). */
    static Set<Integer> vacancyPartitions(String instance) {
        String assigned = given().get(instance + "/q/health/ready").then().extract().jsonPath()
                .getString("checks.find { it.name == 'event-consumer' }.data.assigned");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("rungs\\.vacancy=\\[([0-9, ]*)]")
                .matcher(assigned == null ? "" : assigned);
        if (!m.find() || m.group(1).isBlank()) {
            return Set.of();
        }
        return java.util.Arrays.stream(m.group(1).split(",\\s*")).map(Integer::valueOf)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** A vacancy's candidates as one instance lists them: participant id to score. */
    static Map<String, Float> scores(String instance, String vacancy) {
        List<Map<String, Object>> list = given().auth().oauth2(admin).get(instance + "/vacancies/" + vacancy
                + "/candidates").then().statusCode(200).extract().jsonPath().getList("candidates");
        Map<String, Float> scores = new java.util.HashMap<>();
        list.forEach(c -> scores.put((String) c.get("participantId"), ((Number) c.get("score")).floatValue()));
        return scores;
    }

    static void service(String participant, String kind, LocalDate on) {
        given().auth().oauth2(navigator).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "date", on.toString()))
                .post(LocalStack.PARTICIPANT + "/participants/" + participant + "/services").then().statusCode(201);
    }

    /**
     * Every event published and applied: no outbox holds an unpublished event, and the consuming services have applied
     * everything on their topics (checked twice around the outboxes, as matching publishes what it consumes).
     */
    static boolean settled() {
        return outboxesDrained() && kafka.caughtUp("matching-service") && kafka.caughtUp("reporting-service")
                && kafka.caughtUp("employer-service") && kafka.caughtUp("participant-service") && outboxesDrained();
    }

    static boolean outboxesDrained() {
        for (JsonNode service : LocalStack.STACK.path("services")) {
            String schema = service.path("schema").asText();
            if (LocalStack.sql("select count(*) from " + schema + ".outbox_event where published_at is null") > 0) {
                return false;
            }
        }
        return true;
    }

    static String token(String user) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "rungs-cli", "username", user,
                "password", LocalStack.DEMO_PASSWORD))
                .post(LocalStack.KEYCLOAK + "/realms/" + LocalStack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The demo region's published healthcare ladder (aide, CNA, LPN). */
    static JsonPath healthcareLadder() {
        return given().auth().oauth2(employerStaff).get(LocalStack.EMPLOYER + "/ladders?occupationCode=31-1131.00")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath().setRootPath("items[0]");
    }

    static String rungId(JsonPath ladder, int tier) {
        return ladder.getString("rungs.find { it.tier == " + tier + " }.id");
    }

    static void stage(String token, String referral, String stage, LocalDate on) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("stage", stage, "on", on.toString()))
                .post(LocalStack.EMPLOYER + "/referrals/" + referral + "/stage").then().statusCode(200)
                .body("stage", equalTo(stage));
    }

    static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String enrol(boolean consent) {
        return given().auth().oauth2(navigator).contentType(ContentType.JSON)
                .body("{\"givenName\":\"Test\",\"familyName\":\"Participant\",\"consentToShare\":" + consent + "}")
                .post(LocalStack.PARTICIPANT + "/participants").then().statusCode(201).extract().path("id");
    }

    static void skill(String participant, String element, String level) {
        given().auth().oauth2(navigator).contentType(ContentType.JSON)
                .body("{\"elementId\":\"" + element + "\",\"level\":" + level + ",\"source\":\"assessed\"}")
                .post(LocalStack.PARTICIPANT + "/participants/" + participant + "/skills").then().statusCode(201);
    }

    static String openVacancy(String token, String employer, String requiredSkills) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"title\":\"Certified Nursing Assistant\",\"occupationCode\":\"31-1131.00\",\"requiredSkills\":"
                        + requiredSkills + ",\"hourlyWage\":19.5,\"openings\":2,\"shift\":\"day\"}")
                .post(LocalStack.EMPLOYER + "/employers/" + employer + "/vacancies")
                .then().statusCode(201).extract().path("id");
    }

    static void close(String vacancy) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\":\"filled\"}")
                .post(LocalStack.EMPLOYER + "/vacancies/" + vacancy + "/close").then().statusCode(200);
    }

    static Response candidatesResponse(String token, String vacancy) {
        return given().auth().oauth2(token).get(LocalStack.MATCHING + "/vacancies/" + vacancy + "/candidates");
    }

    static List<String> candidates(String token, String vacancy) {
        return candidatesResponse(token, vacancy).then().statusCode(200).extract()
                .jsonPath().getList("candidates.participantId");
    }

    /** How many times candidates were proposed for the vacancy ({@code match.proposed.v1}). */
    static int proposals(String vacancy) {
        await().atMost(WAIT).until(EndToEndIT::settled);
        return kafka.readToEnd("rungs.match", r -> r.value().contains(vacancy)
                && "match.proposed.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE))).size();
    }

    /** The indicators without their timestamp, to compare two readings. */
    static Map<String, Object> indicators() {
        Map<String, Object> all = new java.util.HashMap<>(given().auth().oauth2(admin)
                .get(LocalStack.REPORTING + "/indicators?suppress=false")
                .then().statusCode(200).extract().jsonPath().getMap("$"));
        all.remove("asOf");
        return all;
    }

    static double indicator(String name) {
        return given().auth().oauth2(admin).get(LocalStack.REPORTING + "/indicators?suppress=false")
                .then().statusCode(200).extract().jsonPath().getDouble("totals." + name);
    }
}
