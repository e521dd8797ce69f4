package org.rungs.employer.vacancy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.rungs.employer.ladder.domain.RequiredSkill;
import org.rungs.employer.vacancy.domain.CloseReason;
import org.rungs.employer.vacancy.domain.Shift;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.spine.json.StrictInputCustomizer;
import org.rungs.spine.problem.Problem;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.ProblemTypes;
import org.rungs.spine.problem.Violation;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JobPosting mapping rules of docs/jobposting.md, both ways, without HTTP. */
class JobPostingsTest {

    static final Instant OPENED = Instant.parse("2026-11-05T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(OPENED, ZoneOffset.UTC);
    static final ZoneId UTC = ZoneOffset.UTC;
    static final UUID EMPLOYER = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The request mapper as the service configures it, and a writer like the service's. */
    static final ObjectMapper JSON = strict();

    /** A posting with only what Rungs maps. */
    static final String MINIMAL = """
            {"@context":"https://schema.org","@type":"JobPosting","title":"Certified Nursing Assistant",
             "occupationalCategory":{"@type":"CategoryCode","codeValue":"31-1131.00"},
             "baseSalary":{"@type":"MonetaryAmount","currency":"USD",
                           "value":{"@type":"QuantitativeValue","value":19.50,"unitText":"HOUR"}},
             "totalJobOpenings":3,
             "skills":[{"@type":"DefinedTerm","termCode":"2.A.1.a","rungs:minimumLevel":3.0},
                       {"@type":"DefinedTerm","termCode":"2.B.1.f","rungs:minimumLevel":3.5}],
             "workHours":"Day shift"}""";

    static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictInputCustomizer().customize(mapper);
        return mapper;
    }

    static Vacancy cna() {
        return Vacancy.open(EMPLOYER, "Certified Nursing Assistant", "31-1131.00",
                List.of(new RequiredSkill("2.A.1.a", new BigDecimal("3.00")),
                        new RequiredSkill("2.B.1.f", new BigDecimal("3.50"))),
                new BigDecimal("19.50"), 3, Shift.DAY, CLOCK);
    }

    static JsonNode written(Vacancy v) {
        return JSON.valueToTree(JobPostings.toJsonLd(v, "Riverside Care Homes"));
    }

    static ObjectNode posting(String json) {
        try {
            return (ObjectNode) JobPostings.read(JSON, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode minimal(Consumer<ObjectNode> change) {
        ObjectNode p = posting(MINIMAL);
        change.accept(p);
        return p;
    }

    /** The posting's baseSalary QuantitativeValue, without one of its fields. */
    static ObjectNode salaryValueWithout(ObjectNode posting, String field) {
        ObjectNode value = (ObjectNode) posting.at("/baseSalary/value");
        value.remove(field);
        return value;
    }

    static JobPostings.Mapped mapped(JsonNode posting) {
        return JobPostings.fromJsonLd(posting, UTC);
    }

    static Problem refused(JsonNode posting) {
        return catchThrowableOfType(ProblemException.class, () -> mapped(posting)).toProblem("/test");
    }

    static List<String> fields(Problem p) {
        return p.violations().stream().map(Violation::field).toList();
    }

    // ----- writing

    @Test
    void aVacancyIsWrittenAsASchemaOrgJobPosting() {
        Vacancy v = cna();
        JsonNode p = written(v);

        assertThat(p.get("@context").get(0).asText()).isEqualTo("https://schema.org");
        assertThat(p.get("@context").get(1).get("rungs").asText()).isEqualTo("urn:rungs:jobposting:");
        assertThat(p.get("@type").asText()).isEqualTo("JobPosting");
        assertThat(p.at("/identifier/@type").asText()).isEqualTo("PropertyValue");
        assertThat(p.at("/identifier/name").asText()).isEqualTo("Rungs vacancy");
        assertThat(p.at("/identifier/value").asText()).isEqualTo(v.id().toString());
        assertThat(p.get("title").asText()).isEqualTo("Certified Nursing Assistant");
        assertThat(p.at("/occupationalCategory/@type").asText()).isEqualTo("CategoryCode");
        assertThat(p.at("/occupationalCategory/codeValue").asText()).isEqualTo("31-1131.00");
        assertThat(p.at("/occupationalCategory/name").asText()).isEqualTo("Nursing Assistants");
        assertThat(p.at("/occupationalCategory/inCodeSet/@type").asText()).isEqualTo("CategoryCodeSet");
        assertThat(p.at("/occupationalCategory/inCodeSet/name").asText()).isEqualTo("O*NET-SOC 2019");
        assertThat(p.at("/occupationalCategory/inCodeSet/url").asText())
                .isEqualTo("https://www.onetcenter.org/taxonomy.html");
        assertThat(p.at("/baseSalary/@type").asText()).isEqualTo("MonetaryAmount");
        assertThat(p.at("/baseSalary/currency").asText()).isEqualTo("USD");
        assertThat(p.at("/baseSalary/value/@type").asText()).isEqualTo("QuantitativeValue");
        assertThat(p.at("/baseSalary/value/value").decimalValue()).isEqualByComparingTo("19.50");
        assertThat(p.at("/baseSalary/value/unitText").asText()).isEqualTo("HOUR");
        assertThat(p.get("totalJobOpenings").asInt()).isEqualTo(3);
        assertThat(p.get("workHours").asText()).isEqualTo("Day shift");
        assertThat(p.at("/skills/0/@type").asText()).isEqualTo("DefinedTerm");
        assertThat(p.at("/skills/0/termCode").asText()).isEqualTo("2.A.1.a");
        assertThat(p.at("/skills/0/name").asText()).isEqualTo("Reading Comprehension");
        assertThat(p.at("/skills/0/inDefinedTermSet").asText()).isEqualTo("https://www.onetcenter.org/content.html");
        assertThat(p.at("/skills/0/rungs:minimumLevel").decimalValue()).isEqualByComparingTo("3");
        assertThat(p.at("/skills/1/rungs:minimumLevel").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(p.at("/hiringOrganization/@type").asText()).isEqualTo("Organization");
        assertThat(p.at("/hiringOrganization/name").asText()).isEqualTo("Riverside Care Homes");
        assertThat(p.at("/hiringOrganization/identifier").asText()).isEqualTo(EMPLOYER.toString());
        assertThat(p.get("datePosted").asText()).isEqualTo("2026-11-05T12:00:00Z");
        assertThat(p.get("rungs:status").asText()).isEqualTo("open");
        assertThat(p.has("validThrough")).as("an open vacancy has no expiry").isFalse();
        assertThat(p.has("employmentType")).as("Rungs does not know it").isFalse();
        assertThat(p.has("jobLocation")).as("Rungs does not know it").isFalse();
        assertThat(p.has("rungs:rungId")).as("at no rung").isFalse();
    }

    @Test
    void theDescriptionIsGeneratedFromWhatTheVacancyKnows() {
        assertThat(written(cna()).get("description").asText()).isEqualTo("Certified Nursing Assistant. Occupation: "
                + "Nursing Assistants (O*NET-SOC 31-1131.00). Day shift, 19.50 USD an hour, 3 openings. Skills "
                + "required, with the least level on O*NET's 0–7 scale: Reading Comprehension 3, Service "
                + "Orientation 3.5.");
    }

    @Test
    void aClosedVacancyIsValidThroughItsClosingAndADraftHasNoDatePosted() {
        Vacancy closed = cna();
        closed.close(CloseReason.CANCELLED, Clock.fixed(OPENED.plusSeconds(3600), ZoneOffset.UTC));
        assertThat(written(closed).get("validThrough").asText()).isEqualTo("2026-11-05T13:00:00Z");
        assertThat(written(closed).get("rungs:status").asText()).isEqualTo("closed");

        UUID ladder = UUID.randomUUID();
        UUID rung = UUID.randomUUID();
        Vacancy draft = Vacancy.draft(new Vacancy.Terms(EMPLOYER, "CNA II", "31-1131.00",
                List.of(new RequiredSkill("2.A.1.a", BigDecimal.ONE)), new BigDecimal("21.00"), 1, Shift.NIGHT,
                new Vacancy.RungPlacement(ladder, rung, 2), LocalDate.parse("2026-11-20")), CLOCK);
        JsonNode p = written(draft);
        assertThat(p.has("datePosted")).isFalse();
        assertThat(p.get("rungs:status").asText()).isEqualTo("draft");
        assertThat(p.get("rungs:ladderId").asText()).isEqualTo(ladder.toString());
        assertThat(p.get("rungs:rungId").asText()).isEqualTo(rung.toString());
        assertThat(p.get("rungs:tier").asInt()).isEqualTo(2);
        assertThat(p.get("rungs:internalFirstUntil").asText()).isEqualTo("2026-11-20");
        assertThat(p.get("workHours").asText()).isEqualTo("Night shift");
        assertThat(p.get("description").asText()).contains("Rung: tier 2 of a career ladder.").contains("1 opening.");
    }

    // ----- reading

    @Test
    void whatRungsWritesReadsBackAsTheSameVacancy() {
        Vacancy v = cna();
        OpenVacancyRequest r = mapped(written(v)).request();

        assertThat(r.title()).isEqualTo(v.title());
        assertThat(r.occupationCode()).isEqualTo(v.occupationCode());
        assertThat(r.hourlyWage()).isEqualByComparingTo(v.hourlyWage());
        assertThat(r.openings()).isEqualTo(v.openings());
        assertThat(r.shift()).isEqualTo(v.shift());
        assertThat(r.requiredSkills()).extracting(OpenVacancyRequest.Requirement::elementId)
                .containsExactly("2.A.1.a", "2.B.1.f");
        assertThat(r.requiredSkills()).extracting(OpenVacancyRequest.Requirement::minimumLevel)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3"), new BigDecimal("3.5"));
        assertThat(r.openedOn()).as("datePosted").isEqualTo(LocalDate.parse("2026-11-05"));
        assertThat(r.draft()).isNull();
        assertThat(r.ladderId()).isNull();
    }

    @Test
    void eachShiftReadsBackFromTheTextRungsWrites() {
        for (Shift shift : Shift.values()) {
            assertThat(WorkHours.named(WorkHours.text(shift))).containsExactly(shift);
        }
    }

    @Test
    void workHoursTextNamesAShift() {
        assertThat(WorkHours.named("Day shift, 7am to 3pm")).containsExactly(Shift.DAY);
        assertThat(WorkHours.named("1st shift")).containsExactly(Shift.DAY);
        assertThat(WorkHours.named("Nights (7pm-7am)")).containsExactly(Shift.NIGHT);
        assertThat(WorkHours.named("third shift")).containsExactly(Shift.NIGHT);
        assertThat(WorkHours.named("Swing shift")).containsExactly(Shift.EVENING);
        assertThat(WorkHours.named("Evenings and weekends")).containsExactly(Shift.EVENING);
        assertThat(WorkHours.named("Rotating day and night shifts")).containsExactly(Shift.ROTATING);
        assertThat(WorkHours.named("Flexible schedule")).containsExactly(Shift.FLEXIBLE);
        assertThat(WorkHours.named("40 hours per week")).isEmpty();
        assertThat(WorkHours.named("8 hours a day, 5 days a week, Monday to Friday")).isEmpty();
        assertThat(WorkHours.named("8am-5pm")).isEmpty();
        assertThat(WorkHours.named("Day or night shifts")).containsExactly(Shift.DAY, Shift.NIGHT);
    }

    @Test
    void anOccupationIsReadFromACategoryCodeOrFromText() {
        assertThat(mapped(minimal(p -> p.put("occupationalCategory", "31-1131.00"))).request().occupationCode())
                .isEqualTo("31-1131.00");
        assertThat(mapped(minimal(p -> p.put("occupationalCategory", "31-1131.00 Nursing Assistants"))).request()
                .occupationCode()).as("schema.org's literal: code and label").isEqualTo("31-1131.00");
        assertThat(mapped(minimal(p -> p.put("occupationalCategory", "31-1131"))).request().occupationCode())
                .as("a SOC code is its O*NET-SOC .00 occupation").isEqualTo("31-1131.00");
        ObjectNode two = posting(MINIMAL);
        ArrayNode categories = two.putArray("occupationalCategory");
        categories.addObject().put("@type", "CategoryCode").put("codeValue", "5321")
                .putObject("inCodeSet").put("name", "ISCO-08");
        categories.addObject().put("@type", "CategoryCode").put("codeValue", "31-1131.00");
        JobPostings.Mapped m = mapped(two);
        assertThat(m.request().occupationCode()).as("other taxonomies are passed over").isEqualTo("31-1131.00");
        assertThat(m.path("occupationCode")).isEqualTo("occupationalCategory[1].codeValue");
        assertThat(mapped(posting(MINIMAL)).path("occupationCode")).isEqualTo("occupationalCategory.codeValue");
    }

    @Test
    void anOccupationOutsideOnetSocIsUnmappable() {
        Problem isco = refused(minimal(p -> p.set("occupationalCategory",
                NODES.objectNode().put("@type", "CategoryCode").put("codeValue", "5321"))));
        assertThat(isco.status()).isEqualTo(422);
        assertThat(isco.type()).isEqualTo("urn:rungs:problem:job-posting-unmappable");
        assertThat(fields(isco)).containsExactly("occupationalCategory.codeValue");

        assertThat(fields(refused(minimal(p -> p.put("occupationalCategory", "Nursing")))))
                .containsExactly("occupationalCategory");
        Problem old = refused(
                minimal(p -> p.put("occupationalCategory", "15-1132.00 Software Developers, Application")));
        assertThat(old.status()).as("an O*NET-SOC 2010 code").isEqualTo(422);
        assertThat(old.violations().get(0).message()).contains("not an occupation of O*NET-SOC 2019");
        ObjectNode both = posting(MINIMAL);
        both.putArray("occupationalCategory").add("31-1131.00").add("29-1141.00");
        assertThat(refused(both).violations().get(0).message()).contains("more than one");
        assertThat(fields(refused(minimal(p -> p.remove("occupationalCategory")))))
                .containsExactly("occupationalCategory");

        Problem number = refused(minimal(p -> p.put("occupationalCategory", 311131)));
        assertThat(number.status()).isEqualTo(400);
        assertThat(fields(number)).containsExactly("occupationalCategory");
        assertThat(mapped(minimal(p -> {
            p.remove("occupationalCategory");
            p.put("rungs:ladderId", UUID.randomUUID().toString()).put("rungs:rungId", UUID.randomUUID().toString());
        })).request().occupationCode()).as("at a rung, the rung's occupation is taken").isNull();
    }

    @Test
    void theWageIsAnHourlyAmountInUsdAndARangeGivesItsLeast() {
        Problem yearly = refused(minimal(p -> ((ObjectNode) p.at("/baseSalary/value")).put("unitText", "YEAR")));
        assertThat(yearly.status()).isEqualTo(422);
        assertThat(fields(yearly)).containsExactly("baseSalary.value.unitText");
        assertThat(yearly.violations().get(0).message()).contains("hourly");

        assertThat(fields(refused(minimal(p -> ((ObjectNode) p.get("baseSalary")).put("currency", "EUR")))))
                .containsExactly("baseSalary.currency");
        assertThat(fields(refused(minimal(p -> p.put("baseSalary", 40000))))).containsExactly("baseSalary");
        assertThat(fields(refused(minimal(p -> ((ObjectNode) p.get("baseSalary")).put("value", 19.5)))))
                .containsExactly("baseSalary.value");

        ObjectNode range = minimal(p -> salaryValueWithout(p, "value")
                .put("minValue", new BigDecimal("18.25")).put("maxValue", new BigDecimal("22.00")));
        JobPostings.Mapped m = mapped(range);
        assertThat(m.request().hourlyWage()).isEqualByComparingTo("18.25");
        assertThat(m.path("hourlyWage")).isEqualTo("baseSalary.value.minValue");

        Problem reversed = refused(minimal(p -> salaryValueWithout(p, "value")
                .put("minValue", 25).put("maxValue", 20)));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(fields(reversed)).containsExactly("baseSalary.value.minValue");
        assertThat(fields(refused(minimal(p -> salaryValueWithout(p, "value")
                .put("maxValue", 20))))).containsExactly("baseSalary.value.maxValue");
        assertThat(mapped(posting(MINIMAL)).request().hourlyWage().toPlainString()).as("read exactly")
                .isEqualTo("19.50");
    }

    @Test
    void eachSkillGivenOnlyAsTextIsListed() {
        ObjectNode p = posting(MINIMAL);
        ((ArrayNode) p.get("skills")).insert(1, "Patient care").add("CPR")
                .addObject().put("@type", "DefinedTerm").put("name", "Compassion");
        Problem problem = refused(p);
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.type()).isEqualTo(UnmappableItems.TYPE);
        assertThat(fields(problem)).containsExactly("skills[1]", "skills[3]", "skills[4]");
        assertThat(problem.violations().get(0).message()).startsWith("is free text");
        assertThat(problem.violations().get(2).message()).startsWith("is a DefinedTerm without a termCode");

        assertThat(fields(refused(minimal(n -> n.put("skills", "Patient care, CPR"))))).containsExactly("skills");
        assertThat(fields(refused(minimal(n -> ((ObjectNode) n.at("/skills/0")).put("termCode", "S1.2.3")))))
                .containsExactly("skills[0].termCode");
        assertThat(fields(refused(minimal(n -> n.putArray("skills"))))).containsExactly("skills");
    }

    @Test
    void aSkillWithoutALevelTakesTheLevelOnetGivesItInTheOccupation() {
        ObjectNode p = posting(MINIMAL);
        ((ObjectNode) p.at("/skills/1")).remove("rungs:minimumLevel");
        ((ArrayNode) p.get("skills")).addObject().put("@type", "DefinedTerm").put("termCode", "2.C.5.a");
        List<OpenVacancyRequest.Requirement> skills = mapped(p).request().requiredSkills();
        assertThat(skills.get(0).minimumLevel()).isEqualByComparingTo("3.0");
        assertThat(skills.get(1).minimumLevel()).as("O*NET's level of Service Orientation for Nursing Assistants")
                .isEqualByComparingTo("3.88");
        assertThat(skills.get(2).minimumLevel()).as("a knowledge element O*NET gives no level here")
                .isEqualByComparingTo("0");

        ObjectNode one = minimal(n -> n.set("skills", NODES.objectNode().put("@type", "DefinedTerm")
                .put("termCode", "2.A.1.a")));
        assertThat(mapped(one).request().requiredSkills()).hasSize(1);
        assertThat(mapped(one).path("requiredSkills[0].elementId")).isEqualTo("skills.termCode");
    }

    @Test
    void requestFieldsAreNamedAsThePostingNamesThem() {
        JobPostings.Mapped m = mapped(posting(MINIMAL));
        assertThat(m.path("requiredSkills[1].minimumLevel")).isEqualTo("skills[1].rungs:minimumLevel");
        assertThat(m.path("requiredSkills[1]")).isEqualTo("skills[1]");
        assertThat(m.path("requiredSkills")).isEqualTo("skills");
        assertThat(m.path("hourlyWage")).isEqualTo("baseSalary.value.value");
        assertThat(m.path("openings")).isEqualTo("totalJobOpenings");
        assertThat(m.path("shift")).isEqualTo("workHours");
        assertThat(m.path("rungId")).isEqualTo("rungs:rungId");
        assertThat(m.path("openedOn")).isEqualTo("datePosted");
        assertThat(m.paths(java.util.Map.of("internalFirstUntil", "is before the vacancy opened")))
                .containsEntry("rungs:internalFirstUntil", "is before the vacancy opened");
    }

    @Test
    void openingsDefaultToOneAndAreWholeNumbers() {
        assertThat(mapped(minimal(p -> p.remove("totalJobOpenings"))).request().openings()).isEqualTo(1);
        Problem fraction = refused(minimal(p -> p.put("totalJobOpenings", new BigDecimal("2.5"))));
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fields(fraction)).containsExactly("totalJobOpenings");
    }

    @Test
    void datePostedIsTheDayTheVacancyOpened() {
        assertThat(mapped(minimal(p -> p.put("datePosted", "2026-10-01"))).request().openedOn())
                .isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(mapped(minimal(p -> p.put("datePosted", "2026-10-01T23:30:00-05:00"))).request().openedOn())
                .as("on the platform clock's calendar").isEqualTo(LocalDate.parse("2026-10-02"));
        assertThat(mapped(minimal(p -> p.put("datePosted", "2017-01-18T00:00"))).request().openedOn())
                .isEqualTo(LocalDate.parse("2017-01-18"));
        assertThat(mapped(posting(MINIMAL)).request().openedOn()).isNull();
        assertThat(fields(refused(minimal(p -> p.put("datePosted", "last week"))))).containsExactly("datePosted");
    }

    @Test
    void schemaOrgPropertiesRungsDoesNotMapAreIgnoredAndOthersRefused() {
        ObjectNode extras = minimal(p -> {
            p.put("description", "<p>Join us</p>").put("employmentType", "FULL_TIME").put("directApply", true)
                    .put("validThrough", "2027-03-18T00:00").put("acme:requisition", "R-1").put("@id", "urn:x:1");
            p.putObject("jobLocation").put("@type", "Place").putObject("address").put("addressRegion", "MI");
            p.putObject("hiringOrganization").put("name", "Someone Else");
            p.put("rungs:status", "closed").put("rungs:tier", 9);
        });
        assertThat(mapped(extras).request().title()).isEqualTo("Certified Nursing Assistant");

        Problem unknown = refused(minimal(p -> p.put("titel", "CNA").put("rungs:level", 2).put("@graph", "x")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("titel", "rungs:level", "@graph");
    }

    @Test
    void thePostingMustBeASchemaOrgJobPosting() {
        assertThat(fields(refused(minimal(p -> p.remove("@context"))))).containsExactly("@context");
        assertThat(fields(refused(minimal(p -> p.put("@context", "https://example.org/jobs")))))
                .containsExactly("@context");
        assertThat(fields(refused(minimal(p -> p.putArray("@context").add("https://schema.org/")
                .addObject().put("rungs", "https://example.org/")))))
                .as("rungs: bound elsewhere").containsExactly("@context");
        assertThat(mapped(minimal(p -> p.putArray("@context").add("http://schema.org")
                .addObject().put("rungs", "urn:rungs:jobposting:").put("acme", "https://acme.example/ns#")))
                .request().title()).isNotNull();
        assertThat(mapped(minimal(p -> p.putObject("@context").put("@vocab", "https://schema.org/"))).request()
                .title()).isNotNull();
        assertThat(fields(refused(minimal(p -> p.put("@type", "Occupation"))))).containsExactly("@type");
        assertThat(mapped(minimal(p -> p.putArray("@type").add("schema:JobPosting"))).request().title()).isNotNull();
        Problem notObject = refused(NODES.arrayNode().add(posting(MINIMAL)));
        assertThat(fields(notObject)).containsExactly("$");
    }

    @Test
    void malformedValuesAre400sAndWinOverUnmappableItems() {
        Problem p = refused(minimal(n -> {
            n.put("title", 7);
            n.put("workHours", "whenever");
            n.put("skills", "CPR");
            ((ObjectNode) n.at("/baseSalary/value")).put("value", "19.50");
        }));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.type()).isEqualTo(ProblemTypes.VALIDATION);
        assertThat(fields(p)).containsExactly("title", "baseSalary.value.value");

        assertThat(refused(minimal(n -> n.put("title", "CNA\u0000"))).violations().get(0).message())
                .contains("NUL");
        assertThat(refused(minimal(n -> n.put("workHours", "a\ud800b"))).violations().get(0).message())
                .contains("surrogate");
        Problem unmappable = refused(minimal(n -> n.put("workHours", "whenever").put("skills", "CPR")));
        assertThat(unmappable.status()).isEqualTo(422);
        assertThat(fields(unmappable)).containsExactly("workHours", "skills");
    }

    @Test
    void theBodyIsReadStrictlyAndExactly() throws IOException {
        assertThatThrownBy(() -> posting("{\"title\":\"a\",\"title\":\"b\"}"))
                .hasCauseInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> posting("{} {}")).isInstanceOf(UncheckedIOException.class);
        Problem empty = catchThrowableOfType(ProblemException.class, () -> JobPostings.read(JSON, new byte[0]))
                .toProblem("/x");
        assertThat(empty.type()).isEqualTo(ProblemTypes.MALFORMED);
        assertThat(empty.status()).isEqualTo(400);
        for (String level : List.of("1000E2147483647", "0E-2147483647", "1E999999999")) {
            Problem absurd = refused(posting(MINIMAL.replace("\"rungs:minimumLevel\":3.0", "\"rungs:minimumLevel\":"
                    + level)));
            assertThat(absurd.status()).isEqualTo(400);
            assertThat(fields(absurd)).containsExactly("skills[0].rungs:minimumLevel");
        }
    }

    @Test
    void unmappableItemsAreOne422Problem() {
        UnmappableItems items = new UnmappableItems();
        items.add("skills[1]", "is free text");
        items.add("skills[3]", "is free text");
        Problem p = items.problem().toProblem("/employers/x/vacancies");
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.type()).isEqualTo("urn:rungs:problem:job-posting-unmappable");
        assertThat(p.title()).isEqualTo("Job posting not mappable");
        assertThat(p.detail()).contains("2 items");
        assertThat(fields(p)).containsExactly("skills[1]", "skills[3]");
    }

    @Test
    void theAnswerIsJsonLdUnlessPlainJsonIsPreferred() {
        var ld = jakarta.ws.rs.core.MediaType.valueOf("application/ld+json");
        var json = jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE;
        assertThat(EmployerVacancyResource.answerType(List.of(jakarta.ws.rs.core.MediaType.WILDCARD_TYPE)))
                .isEqualTo(ld);
        assertThat(EmployerVacancyResource.answerType(List.of())).isEqualTo(ld);
        assertThat(EmployerVacancyResource.answerType(List.of(json))).isEqualTo(json);
        assertThat(EmployerVacancyResource.answerType(List.of(ld, json))).isEqualTo(ld);
        assertThat(AcceptChecked.Filter.acceptable(List.of(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE),
                List.of(json))).isFalse();
        assertThat(AcceptChecked.Filter.acceptable(List.of(), List.of(json))).isTrue();
        assertThat(AcceptChecked.Filter.acceptable(List.of(jakarta.ws.rs.core.MediaType.valueOf("application/*")),
                List.of(ld, json))).isTrue();
    }
}
