package org.rungs.employer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Fuzz;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every write endpoint refuses each class of bad input with a 4xx problem naming the field, and writes nothing. */
@QuarkusTest
class FuzzTest {

    static final String ADMIN = EmployerResourceTest.ADMIN;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void badInputToEveryWriteEndpointIsAProblemAndWritesNothing() {
        String employer = EmployerResourceTest.createEmployer("Fuzzy Foods");
        String vacancy = VacancyResourceTest.open(employer);
        int[] sent = {0};
        Fuzz.writesNothing(dataSource, () -> {
            sent[0] += Fuzz.endpoint("POST", "/employers", """
                    {"id":"0b9e8f8a-6a0e-4c55-9f3e-5c1d2e3f4a5b","name":"Harbor Foods","naicsCode":"722511",
                     "sizeBand":"10-49"}""").probe(EmployerResourceTest.ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/employers/" + employer + "/vacancies", """
                    {"title":"Certified Nursing Assistant","occupationCode":"31-1131.00",
                     "requiredSkills":[{"elementId":"2.A.1.a","minimumLevel":3.0}],
                     "hourlyWage":19.50,"openings":3,"shift":"day"}""").probe(EmployerResourceTest.ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/vacancies/" + vacancy + "/close", "{\"reason\":\"filled\"}")
                    .probe(EmployerResourceTest.ADMIN);
            Fuzz.uriTooLong("/vacancies", EmployerResourceTest.ADMIN);
        });
        assertThat(sent[0]).isGreaterThan(100);
    }

    @Test
    void badInputToTheLadderAgreementReferralAndEmploymentEndpointsIsAProblemAndWritesNothing() {
        String employer = EmployerResourceTest.createEmployer("Fuzzy Care");
        var ladder = CareerLadderTest.healthcareLadder(employer);
        String ladderId = ladder.getString("id");
        String aide = ladder.getString("rungs[0].id");
        String cna = ladder.getString("rungs[1].id");
        String lpn = ladder.getString("rungs[2].id");
        String draft = CareerLadderTest
                .post(ADMIN, "/ladders", java.util.Map.of("title", "Draft", "naicsCode", "623110",
                        "region", "Tri-County", "taxonomy", "onet-soc", "kind", "cross-sector"), 201)
                .getString("id");
        String agreement = CareerLadderTest.post(ADMIN, "/agreements", java.util.Map.of("employerId", employer,
                "rungs", java.util.List.of(java.util.Map.of("ladderId", ladderId, "rungId", cna, "wageFloor", 18)),
                "interviewQualifiedReferrals", true, "internalFirstDays", 0, "signedForEmployer", "Dana",
                "signedForIntermediary", "Sam", "signedOn", "2026-01-05", "startsOn", "2026-01-05"), 201)
                .getString("id");
        String vacancy = VacancyResourceTest.open(employer);
        String participant = Participants.enrolled(dataSource, "eastside-works", true, java.util.Map.of()).toString();
        String other = Participants.enrolled(dataSource, "eastside-works", true, java.util.Map.of()).toString();
        String navigator = org.rungs.testing.Tokens.bearer("nadia", "navigator", "eastside-works");
        String referral = CareerLadderTest.post(navigator, "/vacancies/" + vacancy + "/referrals",
                java.util.Map.of("participantId", participant), 201).getString("id");
        String employment = CareerLadderTest.post(ADMIN, "/employers/" + employer + "/hires", java.util.Map.of(
                "participantId", other, "ladderId", ladderId, "rungId", aide, "startDate", "2026-01-05",
                "hourlyWage", 17.5, "weeklyHours", 36), 201).getString("id");
        int[] sent = {0};
        Fuzz.writesNothing(dataSource, () -> {
            sent[0] += Fuzz.endpoint("POST", "/ladders", """
                    {"title":"Direct care","naicsCode":"623110","region":"Tri-County","taxonomy":"onet-soc",
                     "kind":"single-firm"}""").probe(ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/ladders/" + draft + "/rungs", """
                    {"tier":1,"occupationCode":"31-1122.00","localTitle":"Aide","wageBand":{"from":15.5,"to":18.0},
                     "requiredSkills":[{"elementId":"2.B.1.e","minimumLevel":3.0}],"requiredCredentials":["CPR"],
                     "employers":[{"employerId":"%s","jobTitle":"Care Partner"}]}""".formatted(employer))
                    .probe(ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/ladders/" + ladderId + "/transitions", """
                    {"fromRungId":"%s","toRungId":"%s","criteria":{"skills":[{"elementId":"2.B.1.e",
                     "minimumLevel":3.0}],"monthsInRung":6,"credential":"CPR"},"bridgingPrograms":[]}"""
                    .formatted(aide, lpn)).probe(ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/agreements", """
                    {"employerId":"%s","rungs":[{"ladderId":"%s","rungId":"%s","wageFloor":18.5}],
                     "interviewQualifiedReferrals":true,"internalFirstDays":10,"checkInDays":[30,90],
                     "signedForEmployer":"Dana","signedForIntermediary":"Sam","signedOn":"2026-01-05",
                     "startsOn":"2026-01-05","endsOn":"2027-01-04"}""".formatted(employer, ladderId, cna))
                    .probe(ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/agreements/" + agreement + "/end", """
                    {"endedOn":"2026-06-30","reason":"Site closed"}""").probe(ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/vacancies/" + vacancy + "/referrals", """
                    {"participantId":"%s","on":"2026-01-05"}""".formatted(other)).probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/referrals/" + referral + "/stage", """
                    {"stage":"accepted","reason":"Keen","on":"2026-01-05"}""").probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/employers/" + employer + "/hires", """
                    {"participantId":"%s","vacancyId":"%s","startDate":"2026-02-02","hourlyWage":19.5,
                     "weeklyHours":36.0,"incumbent":false}""".formatted(participant, vacancy)).probe(ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/employments/" + employment + "/promotions", """
                    {"rungId":"%s","wageAfter":19.5,"promotedOn":"2026-06-01"}""".formatted(cna)).probe(ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/employments/" + employment + "/check-ins", """
                    {"daysAfterHire":30,"checkedOn":"2026-02-10","stillEmployed":false,
                     "separatedOn":"2026-02-01","separationReason":"voluntary"}""").probe(ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/employments/" + employment + "/separation", """
                    {"separatedOn":"2026-02-01","reason":"laid-off"}""").probe(ADMIN);
        });
        assertThat(sent[0]).isGreaterThan(400);
    }
}
