package org.rungs.employer.vacancy.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;

import org.rungs.employer.suggestion.domain.OccupationalData;
import org.rungs.employer.vacancy.domain.Shift;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.spine.json.StrictInputModule;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.ProblemTypes;
import org.rungs.spine.problem.Violation;
import org.rungs.spine.reference.Onet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * A vacancy as a schema.org {@code JobPosting} in JSON-LD, and a JobPosting (Rungs' own or an outside publisher's) as a
 * vacancy to open. docs/jobposting.md is the field-by-field mapping; this class is its implementation.
 * <p>
 * A posting is read as a JSON tree, not bound to a record: an outside publisher's posting carries schema.org properties
 * Rungs does not map (a location, an employment type, a description), and those are accepted and ignored. What is read
 * is checked as strictly as the platform's JSON ({@code ADR 0011}): a mapped value of the wrong JSON type, text with
 * NUL or half a surrogate pair, a decimal with an absurd exponent, a top-level name that is not a schema.org JobPosting
 * property, are each a 400 naming the field. What is well formed but cannot be expressed in Rungs' terms (a skill as
 * free text, a salary per year, an occupation from another taxonomy, a shift Rungs does not know) is a 422
 * {@link UnmappableItems} listing every such item.
 */
public final class JobPostings {

    public static final String MEDIA_TYPE = "application/ld+json";
    public static final String SCHEMA_ORG = "https://schema.org";
    /** The IRI the {@code rungs:} prefix stands for in Rungs' JSON-LD. */
    public static final String RUNGS_VOCABULARY = "urn:rungs:jobposting:";
    static final String RUNGS = "rungs:";
    static final String ONET_SOC = "O*NET-SOC 2019";
    static final String ONET_SOC_URL = "https://www.onetcenter.org/taxonomy.html";
    static final String NOC_2021 = "NOC 2021 Version 1.0";
    static final String NOC_2021_URL = "https://noc.esdc.gc.ca/";
    static final String ONET_CONTENT_URL = "https://www.onetcenter.org/content.html";
    static final String IDENTIFIER_NAME = "Rungs vacancy";
    static final String CURRENCY = "USD";
    static final String HOUR = "HOUR";
    static final String MINIMUM_LEVEL = RUNGS + "minimumLevel";

    /** The context of Rungs' postings: schema.org, and the prefix of Rungs' own terms. */
    static final List<Object> CONTEXT = List.of(SCHEMA_ORG, Map.of("rungs", RUNGS_VOCABULARY));

    /** The same exponent bound the platform's JSON reader keeps ({@link StrictInputModule}). */
    private static final int MAX_SCALE = 1000;

    private static final Set<String> SCHEMA_ORG_CONTEXTS = Set.of("https://schema.org", "https://schema.org/",
            "http://schema.org", "http://schema.org/", "https://schema.org/docs/jsonldcontext.jsonld",
            "http://schema.org/docs/jsonldcontext.jsonld");

    /**
     * The properties schema.org gives a JobPosting (its own and those of Thing), which a posting may carry; Rungs maps
     * some and ignores the others.
     */
    static final Set<String> SCHEMA_ORG_TERMS = Set.of("applicantLocationRequirements", "applicationContact",
            "baseSalary", "benefits", "datePosted", "directApply", "educationRequirements",
            "eligibilityToWorkRequirement", "employerOverview", "employmentType", "employmentUnit",
            "estimatedSalary", "experienceInPlaceOfEducation", "experienceRequirements", "hiringOrganization",
            "incentiveCompensation", "incentives", "industry", "jobBenefits", "jobDuration", "jobImmediateStart",
            "jobLocation", "jobLocationType", "jobStartDate", "occupationalCategory", "physicalRequirement",
            "qualifications", "relevantOccupation", "responsibilities", "salaryCurrency",
            "securityClearanceRequirement", "sensoryRequirement", "skills", "specialCommitments", "title",
            "totalJobOpenings", "validThrough", "workHours",
            // Thing
            "additionalType", "alternateName", "description", "disambiguatingDescription", "identifier", "image",
            "mainEntityOfPage", "name", "owner", "potentialAction", "sameAs", "subjectOf", "url");

    /** The schema.org properties Rungs reads; an inline context may not redefine them. */
    static final Set<String> MAPPED_TERMS = Set.of("title", "occupationalCategory", "baseSalary", "totalJobOpenings",
            "skills", "workHours");

    /** Rungs' own terms on a JobPosting; those marked written only are ignored when read. */
    static final Set<String> RUNGS_TERMS = Set.of(RUNGS + "ladderId", RUNGS + "rungId", RUNGS + "internalFirstUntil",
            RUNGS + "draft", RUNGS + "status", RUNGS + "tier");

    private static final Set<String> KEYWORDS = Set.of("@context", "@type", "@id", "@language");

    /** An O*NET-SOC code at the start of a text: {@code 31-1131.00}, or a SOC code {@code 31-1131} (its .00). */
    private static final Pattern ONET_SOC_CODE = Pattern.compile("^\\s*(\\d{2}-\\d{4})(\\.\\d{2})?(?![\\d.-])");

    private JobPostings() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A vacancy as a JobPosting

    /**
     * The vacancy as a JobPosting.
     *
     * @param employerName
     *            the hiring organization's name; left out when null
     */
    public static JobPosting toJsonLd(Vacancy v, String employerName) {
        Onet onet = Onet.get();
        String occupationTitle = OccupationalData.get().title(v.occupationCode()).orElse(null);
        List<JobPosting.DefinedTerm> skills = v.requiredSkills().stream()
                .map(s -> new JobPosting.DefinedTerm(s.elementId(),
                        onet.element(s.elementId()).map(Onet.Element::name).orElse(null), s.minimumLevel()))
                .toList();
        Instant validThrough = v.closedAt() != null ? v.closedAt() : v.filledAt();
        return new JobPosting(CONTEXT, "JobPosting",
                new JobPosting.PropertyValue(IDENTIFIER_NAME, v.id().toString()),
                v.title(), description(v, occupationTitle, skills),
                new JobPosting.CategoryCode(v.occupationCode(), occupationTitle),
                new JobPosting.Organization(employerName, v.employerId().toString()),
                new JobPosting.MonetaryAmount(CURRENCY, new JobPosting.QuantitativeValue(v.hourlyWage(), HOUR)),
                v.openings(), WorkHours.text(v.shift()), skills, v.openedAt(), validThrough, v.status(),
                v.ladderId(), v.rungId(), v.tier(), v.internalFirstUntil());
    }

    /**
     * The code set an occupation code belongs to: NOC 2021 for a unit group (a vacancy at a rung of a NOC ladder), else
     * O*NET-SOC 2019. A posting read back is taken only with an O*NET-SOC occupation.
     */
    static String codeSet(String occupationCode) {
        return occupationCode.matches("\\d{5}") ? NOC_2021 : ONET_SOC;
    }

    /**
     * A plain description, since a vacancy has no text of its own: e.g. "Certified Nursing Assistant. Occupation:
     * Nursing Assistants (O*NET-SOC 31-1131.00). Day shift, 19.50 USD an hour, 3 openings. Skills required, with the
     * least level on O*NET's 0–7 scale: Reading Comprehension 3, Service Orientation 3.5."
     */
    static String description(Vacancy v, String occupationTitle, List<JobPosting.DefinedTerm> skills) {
        StringBuilder d = new StringBuilder(v.title()).append(". Occupation: ");
        d.append(occupationTitle == null ? "" : occupationTitle + " ").append('(')
                .append(v.occupationCode().matches("\\d{5}") ? "NOC 2021" : "O*NET-SOC").append(' ')
                .append(v.occupationCode()).append(").");
        if (v.tier() != null) {
            d.append(" Rung: tier ").append(v.tier()).append(" of a career ladder.");
        }
        d.append(' ').append(WorkHours.text(v.shift())).append(", ").append(v.hourlyWage().toPlainString())
                .append(" USD an hour, ").append(v.openings()).append(v.openings() == 1 ? " opening." : " openings.");
        d.append(" Skills required, with the least level on O*NET's 0–7 scale: ")
                .append(skills.stream()
                        .map(s -> (s.name() == null ? s.termCode() : s.name()) + " "
                                + s.minimumLevel().stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining(", ")))
                .append('.');
        return d.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A JobPosting as a vacancy to open

    /**
     * Reads a request body as a JSON tree with the platform's JSON settings (a name given twice and trailing content
     * are refused); decimals are read exactly.
     *
     * @throws ProblemException
     *             400 when the body is empty
     * @throws IOException
     *             when it is not JSON (the platform answers a 400 problem)
     */
    public static JsonNode read(ObjectMapper mapper, byte[] body) throws IOException {
        if (body == null || body.length == 0) {
            throw malformed();
        }
        JsonNode tree = mapper.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .readTree(body);
        if (tree == null || tree.isMissingNode()) {
            throw malformed();
        }
        return tree;
    }

    /**
     * A JobPosting as a vacancy to open, with the JSON-LD path each field of it was read from.
     *
     * @param zone
     *            the zone of the platform's clock, whose calendar gives the day of a {@code datePosted} date-time
     *
     * @throws ProblemException
     *             400 {@code validation} naming each malformed field, else 422 {@code job-posting-unmappable} listing
     *             each item that cannot be mapped
     */
    public static Mapped fromJsonLd(JsonNode posting, ZoneId zone) {
        return new Reading(zone).read(posting);
    }

    /**
     * A vacancy to open, read from a JobPosting, and where in the posting each of its fields was: Bean Validation and
     * the use case name the request's fields ({@code requiredSkills[1].minimumLevel}); {@link #path} names them as the
     * posting does ({@code skills[1].rungs:minimumLevel}).
     */
    public record Mapped(OpenVacancyRequest request, Map<String, String> paths) {

        public Mapped {
            paths = Map.copyOf(paths);
        }

        /** The posting's path of a request field (or of a part of one); the field itself when it has none. */
        public String path(String requestField) {
            String exact = paths.get(requestField);
            if (exact != null) {
                return exact;
            }
            String prefix = null;
            for (String field : paths.keySet()) {
                if ((requestField.startsWith(field + ".") || requestField.startsWith(field + "["))
                        && (prefix == null || field.length() > prefix.length())) {
                    prefix = field;
                }
            }
            return prefix == null ? requestField : paths.get(prefix) + requestField.substring(prefix.length());
        }

        /** Field problems keyed by request field, keyed by the posting's paths instead. */
        public Map<String, String> paths(Map<String, String> fields) {
            Map<String, String> named = new LinkedHashMap<>();
            fields.forEach((field, problem) -> named.put(path(field), problem));
            return named;
        }

        /** Bean Validation's violations of the request, named by the posting's paths, in order. */
        public List<Violation> violations(Set<? extends ConstraintViolation<?>> violations) {
            return violations.stream()
                    .map(v -> new Violation(path(field(v.getPropertyPath())), v.getMessage()))
                    .distinct()
                    .sorted((a, b) -> a.field().equals(b.field())
                            ? a.message().compareTo(b.message())
                            : a.field().compareTo(b.field()))
                    .toList();
        }
    }

    /** A Bean Validation path as JSON: {@code requiredSkills[0].minimumLevel}; {@code $} for the object itself. */
    static String field(jakarta.validation.Path path) {
        StringBuilder sb = new StringBuilder();
        for (jakarta.validation.Path.Node node : path) {
            if (node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }

    private static ProblemException malformed() {
        return new ProblemException(400, ProblemTypes.MALFORMED, "Malformed request",
                "The request body is not valid JSON", List.of());
    }

    /** One posting being read: what it says, and what is wrong with it. */
    private static final class Reading {

        private final List<Violation> invalid = new ArrayList<>();
        private final UnmappableItems unmappable = new UnmappableItems();
        private final Map<String, String> paths = new HashMap<>();
        private final ZoneId zone;

        Reading(ZoneId zone) {
            this.zone = zone;
        }

        Mapped read(JsonNode posting) {
            if (!posting.isObject()) {
                throw ProblemException.invalid("$", "must be a JSON-LD object: one schema.org JobPosting");
            }
            context(posting.get("@context"));
            jobPostingType(posting.get("@type"));
            names(posting);
            String title = title(posting.get("title"));
            UUID ladderId = uuid(posting.get(RUNGS + "ladderId"), RUNGS + "ladderId");
            UUID rungId = uuid(posting.get(RUNGS + "rungId"), RUNGS + "rungId");
            String occupation = occupation(posting.get("occupationalCategory"), rungId != null);
            BigDecimal wage = wage(posting.get("baseSalary"));
            Integer openings = openings(posting.get("totalJobOpenings"));
            Shift shift = shift(posting.get("workHours"));
            List<Skill> skills = skills(posting.get("skills"));
            LocalDate internalFirstUntil = date(posting.get(RUNGS + "internalFirstUntil"),
                    RUNGS + "internalFirstUntil");
            Boolean draft = bool(posting.get(RUNGS + "draft"), RUNGS + "draft");
            LocalDate openedOn = day(posting.get("datePosted"), "datePosted");
            if (!invalid.isEmpty()) {
                throw ProblemException.invalid(invalid);
            }
            if (!unmappable.isEmpty()) {
                throw unmappable.problem();
            }
            Map<String, BigDecimal> levels = typicalLevels(occupation);
            List<OpenVacancyRequest.Requirement> requirements = new ArrayList<>();
            for (int i = 0; i < skills.size(); i++) {
                Skill s = skills.get(i);
                requirements.add(new OpenVacancyRequest.Requirement(s.elementId(),
                        s.level() != null ? s.level() : levels.getOrDefault(s.elementId(), BigDecimal.ZERO)));
                paths.put("requiredSkills[" + i + "]", s.path());
                paths.put("requiredSkills[" + i + "].elementId", s.path() + ".termCode");
                paths.put("requiredSkills[" + i + "].minimumLevel", s.path() + "." + MINIMUM_LEVEL);
            }
            paths.put("title", "title");
            paths.put("openings", "totalJobOpenings");
            paths.put("shift", "workHours");
            paths.put("requiredSkills", "skills");
            paths.putIfAbsent("occupationCode", "occupationalCategory");
            paths.put("ladderId", RUNGS + "ladderId");
            paths.put("rungId", RUNGS + "rungId");
            paths.put("internalFirstUntil", RUNGS + "internalFirstUntil");
            paths.put("draft", RUNGS + "draft");
            paths.put("openedOn", "datePosted");
            return new Mapped(new OpenVacancyRequest(title, occupation, requirements, wage, openings, shift, ladderId,
                    rungId, internalFirstUntil, draft, openedOn), paths);
        }

        /** {@code @context}: schema.org's, alone or with inline prefix definitions. */
        private void context(JsonNode context) {
            String path = "@context";
            if (context == null) {
                invalid.add(new Violation(path, "is required: " + SCHEMA_ORG));
                return;
            }
            int before = invalid.size();
            boolean schemaOrg = false;
            List<JsonNode> entries = new ArrayList<>();
            if (context.isArray()) {
                context.forEach(entries::add);
            } else {
                entries.add(context);
            }
            for (JsonNode entry : entries) {
                if (entry.isTextual()) {
                    String iri = text(entry, path);
                    if (iri != null && SCHEMA_ORG_CONTEXTS.contains(iri)) {
                        schemaOrg = true;
                    } else if (iri != null) {
                        invalid.add(new Violation(path, "names a context Rungs does not read; Rungs reads JobPostings "
                                + "in the " + SCHEMA_ORG + " context"));
                    }
                } else if (entry.isObject()) {
                    schemaOrg |= inlineContext(entry, path);
                } else {
                    invalid.add(new Violation(path, "expected " + SCHEMA_ORG + " or an array holding it"));
                }
            }
            if (invalid.size() == before && !schemaOrg) {
                invalid.add(new Violation(path, "must include " + SCHEMA_ORG));
            }
        }

        /** An inline context: prefixes for other vocabularies; whether it makes schema.org the vocabulary. */
        private boolean inlineContext(JsonNode definitions, String path) {
            boolean schemaOrg = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> d = it.next();
                String term = d.getKey();
                JsonNode value = d.getValue();
                String iri = value.isObject() && value.has("@id")
                        ? text(value.get("@id"), path)
                        : value.isTextual() ? text(value, path) : null;
                if (term.equals("@vocab")) {
                    if (iri != null && SCHEMA_ORG_CONTEXTS.contains(iri)) {
                        schemaOrg = true;
                    } else {
                        invalid.add(new Violation(path, "sets @vocab to another vocabulary than schema.org"));
                    }
                } else if (term.equals("rungs")) {
                    if (!RUNGS_VOCABULARY.equals(iri)) {
                        invalid.add(new Violation(path, "binds the prefix rungs to another IRI than "
                                + RUNGS_VOCABULARY));
                    }
                } else if (term.startsWith("@") && !term.equals("@language") && !term.equals("@version")) {
                    invalid.add(new Violation(path, "sets " + term + ", which Rungs does not read"));
                } else if (MAPPED_TERMS.contains(term) || RUNGS_TERMS.contains(term)) {
                    invalid.add(new Violation(path, "redefines " + term + ", a term Rungs reads as schema.org's"));
                }
            }
            return schemaOrg;
        }

        private void jobPostingType(JsonNode type) {
            if (type == null) {
                invalid.add(new Violation("@type", "is required: JobPosting"));
            } else if (!typed(type, "@type", "JobPosting")) {
                invalid.add(new Violation("@type", "must be JobPosting"));
            }
        }

        /** Every name of the posting: a JSON-LD keyword Rungs reads, a schema.org JobPosting property, or an IRI. */
        private void names(JsonNode posting) {
            for (Iterator<String> it = posting.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (name.startsWith("@")) {
                    if (!KEYWORDS.contains(name)) {
                        invalid.add(new Violation(name, "is not read: post one JobPosting as a JSON-LD node object"));
                    }
                } else if (name.startsWith(RUNGS)) {
                    if (!RUNGS_TERMS.contains(name)) {
                        invalid.add(new Violation(name, "unknown field"));
                    }
                } else if (!SCHEMA_ORG_TERMS.contains(name) && name.indexOf(':') < 0) {
                    invalid.add(new Violation(name, "unknown field: not a schema.org JobPosting property"));
                }
            }
        }

        private String title(JsonNode title) {
            if (title == null) {
                unmappable.add("title", "is missing: a vacancy has a title");
                return null;
            }
            return text(title, "title");
        }

        /**
         * {@code occupationalCategory}: text that starts with an O*NET-SOC code (schema.org reads a literal as
         * O*NET-SOC), a CategoryCode whose {@code codeValue} is one, or an array of such; entries of other taxonomies
         * are passed over when one entry is O*NET-SOC.
         */
        private String occupation(JsonNode category, boolean atRung) {
            String path = "occupationalCategory";
            if (category == null) {
                if (!atRung) {
                    unmappable.add(path, "is missing: Rungs needs the vacancy's O*NET-SOC occupation "
                            + "(e.g. 31-1131.00), unless it is at a rung (rungs:rungId)");
                }
                return null;
            }
            int before = invalid.size();
            Map<String, String> codes = new LinkedHashMap<>();
            List<Violation> others = new ArrayList<>();
            if (category.isArray()) {
                for (int i = 0; i < category.size(); i++) {
                    category(category.get(i), path + "[" + i + "]", codes, others);
                }
            } else {
                category(category, path, codes, others);
            }
            if (invalid.size() > before) {
                return null;
            }
            if (codes.isEmpty()) {
                if (others.isEmpty()) {
                    unmappable.add(path, "names no occupation");
                }
                others.forEach(o -> unmappable.add(o.field(), o.message()));
                return null;
            }
            if (codes.size() > 1) {
                unmappable.add(path, "names more than one O*NET-SOC occupation (" + String.join(", ", codes.keySet())
                        + "); a vacancy has one");
                return null;
            }
            Map.Entry<String, String> code = codes.entrySet().iterator().next();
            paths.put("occupationCode", code.getValue());
            return code.getKey();
        }

        private void category(JsonNode entry, String path, Map<String, String> codes, List<Violation> others) {
            String codePath = path;
            String text;
            if (entry.isTextual()) {
                text = text(entry, path);
            } else if (entry.isObject()) {
                if (!typed(entry.get("@type"), path + ".@type", "CategoryCode")) {
                    unmappable.add(path + ".@type", "is not CategoryCode: Rungs reads an occupation from a "
                            + "CategoryCode or text");
                    return;
                }
                JsonNode value = entry.get("codeValue");
                if (value == null) {
                    others.add(new Violation(path, "is a CategoryCode without a codeValue"));
                    return;
                }
                codePath = path + ".codeValue";
                text = text(value, codePath);
            } else {
                invalid.add(new Violation(path, "expected text or a CategoryCode"));
                return;
            }
            if (text == null) {
                return;
            }
            Matcher m = ONET_SOC_CODE.matcher(text);
            if (!m.find()) {
                others.add(new Violation(codePath, "is not an O*NET-SOC code (e.g. 31-1131.00); Rungs reads "
                        + "occupations as O*NET-SOC 2019"));
                return;
            }
            String code = m.group(1) + (m.group(2) == null ? ".00" : m.group(2));
            if (Onet.get().occupation(code).isEmpty()) {
                unmappable.add(codePath, "is not an occupation of O*NET-SOC 2019 as O*NET 30.0 lists it "
                        + "(codes of older O*NET-SOC taxonomies are not converted)");
                return;
            }
            codes.putIfAbsent(code, codePath);
        }

        /**
         * {@code baseSalary}: a MonetaryAmount in USD whose value is a QuantitativeValue per HOUR; its {@code value},
         * else (a range) its {@code minValue}, the least the job pays.
         */
        private BigDecimal wage(JsonNode salary) {
            String path = "baseSalary";
            if (salary == null) {
                unmappable.add(path, "is missing: Rungs needs the hourly wage in USD");
                return null;
            }
            if (salary.isNumber()) {
                unmappable.add(path, "is a bare number: Rungs needs a MonetaryAmount in " + CURRENCY + " whose value "
                        + "is a QuantitativeValue with unitText " + HOUR);
                return null;
            }
            if (!salary.isObject()) {
                invalid.add(new Violation(path, "expected a MonetaryAmount"));
                return null;
            }
            if (!typed(salary.get("@type"), path + ".@type", "MonetaryAmount")) {
                unmappable.add(path + ".@type", "is not MonetaryAmount: Rungs reads the wage from a MonetaryAmount");
                return null;
            }
            JsonNode currency = salary.get("currency");
            if (currency == null) {
                unmappable.add(path + ".currency", "is missing: Rungs takes wages in " + CURRENCY);
            } else {
                String code = text(currency, path + ".currency");
                if (code != null && !code.strip().equalsIgnoreCase(CURRENCY)) {
                    unmappable.add(path + ".currency", "is not " + CURRENCY + ": Rungs takes wages in " + CURRENCY
                            + " and does not convert currencies");
                }
            }
            return hourly(salary.get("value"), path + ".value");
        }

        private BigDecimal hourly(JsonNode value, String path) {
            if (value == null) {
                unmappable.add(path, "is missing: Rungs needs the hourly wage");
                return null;
            }
            if (value.isNumber()) {
                unmappable.add(path, "gives no unit: Rungs needs a QuantitativeValue with unitText " + HOUR);
                return null;
            }
            if (!value.isObject()) {
                invalid.add(new Violation(path, "expected a QuantitativeValue"));
                return null;
            }
            if (!typed(value.get("@type"), path + ".@type", "QuantitativeValue")) {
                unmappable.add(path + ".@type", "is not QuantitativeValue: Rungs reads the wage from a "
                        + "QuantitativeValue");
                return null;
            }
            JsonNode unit = value.get("unitText");
            if (unit == null) {
                unmappable.add(path + ".unitText", "is missing: Rungs takes an hourly wage (" + HOUR + ")");
            } else {
                String text = text(unit, path + ".unitText");
                if (text != null && !text.strip().equalsIgnoreCase(HOUR)) {
                    unmappable.add(path + ".unitText", "is not " + HOUR + ": Rungs takes an hourly wage; a salary "
                            + "per DAY, WEEK, MONTH or YEAR is not converted, since the hours it pays for are not "
                            + "known");
                }
            }
            JsonNode amount = value.get("value");
            JsonNode min = value.get("minValue");
            JsonNode max = value.get("maxValue");
            if (amount != null) {
                paths.put("hourlyWage", path + ".value");
                return number(amount, path + ".value");
            }
            if (min != null) {
                paths.put("hourlyWage", path + ".minValue");
                BigDecimal least = number(min, path + ".minValue");
                BigDecimal most = max == null ? null : number(max, path + ".maxValue");
                if (least != null && most != null && least.compareTo(most) > 0) {
                    invalid.add(new Violation(path + ".minValue", "is more than maxValue"));
                }
                return least;
            }
            unmappable.add(max != null ? path + ".maxValue" : path, max != null
                    ? "is the only amount: Rungs takes the least the job pays (value, or minValue of a range)"
                    : "gives no amount (value, or minValue of a range)");
            return null;
        }

        /** {@code totalJobOpenings}: a whole number; one when left out. */
        private Integer openings(JsonNode openings) {
            if (openings == null) {
                return 1;
            }
            if (!openings.isNumber() || !openings.isIntegralNumber()) {
                invalid.add(new Violation("totalJobOpenings", "expected a whole number"));
                return null;
            }
            if (!openings.canConvertToInt()) {
                invalid.add(new Violation("totalJobOpenings", "is out of range"));
                return null;
            }
            return openings.intValue();
        }

        private Shift shift(JsonNode workHours) {
            String path = "workHours";
            if (workHours == null) {
                unmappable.add(path, "is missing: Rungs needs the shift (day, evening, night, rotating or flexible)");
                return null;
            }
            String text = text(workHours, path);
            if (text == null) {
                return null;
            }
            Set<Shift> named = WorkHours.named(text);
            if (named.size() == 1) {
                return named.iterator().next();
            }
            unmappable.add(path, named.isEmpty()
                    ? "names no shift Rungs knows: day, evening, night, rotating or flexible (e.g. \"Day shift\")"
                    : "names more than one shift (" + named.stream().map(Shift::wire)
                            .collect(Collectors.joining(", ")) + "); a vacancy has one");
            return null;
        }

        private record Skill(String elementId, BigDecimal level, String path) {
        }

        /** {@code skills}: DefinedTerms whose termCode is an O*NET element id; one such object alone is a list. */
        private List<Skill> skills(JsonNode skills) {
            String path = "skills";
            List<Skill> read = new ArrayList<>();
            if (skills == null) {
                unmappable.add(path, "is missing: Rungs needs at least one O*NET skill or knowledge element, each a "
                        + "DefinedTerm whose termCode is the element id (e.g. 2.A.1.a)");
            } else if (skills.isArray()) {
                if (skills.isEmpty()) {
                    unmappable.add(path, "lists no skill: Rungs needs at least one O*NET skill or knowledge element");
                }
                for (int i = 0; i < skills.size(); i++) {
                    skill(skills.get(i), path + "[" + i + "]").ifPresent(read::add);
                }
            } else if (skills.isTextual() || skills.isObject()) {
                skill(skills, path).ifPresent(read::add);
            } else {
                invalid.add(new Violation(path, "expected an array of DefinedTerms"));
            }
            return read;
        }

        private Optional<Skill> skill(JsonNode skill, String path) {
            if (skill.isTextual()) {
                if (text(skill, path) != null) {
                    unmappable.add(path, "is free text: each skill must be a DefinedTerm whose termCode is an O*NET "
                            + "skill or knowledge element id (e.g. 2.A.1.a)");
                }
                return Optional.empty();
            }
            if (!skill.isObject()) {
                invalid.add(new Violation(path, "expected a DefinedTerm"));
                return Optional.empty();
            }
            if (!typed(skill.get("@type"), path + ".@type", "DefinedTerm")) {
                unmappable.add(path + ".@type", "is not DefinedTerm: each skill must be a DefinedTerm whose termCode "
                        + "is an O*NET element id");
                return Optional.empty();
            }
            JsonNode termCode = skill.get("termCode");
            JsonNode levelNode = skill.get(MINIMUM_LEVEL);
            BigDecimal level = levelNode == null ? null : number(levelNode, path + "." + MINIMUM_LEVEL);
            if (termCode == null) {
                unmappable.add(path, "is a DefinedTerm without a termCode: Rungs maps a skill only by its O*NET "
                        + "element id (e.g. 2.A.1.a), not by its name");
                return Optional.empty();
            }
            String elementId = text(termCode, path + ".termCode");
            if (elementId == null) {
                return Optional.empty();
            }
            if (Onet.get().element(elementId.strip()).isEmpty()) {
                unmappable.add(path + ".termCode", "is not an O*NET skill or knowledge element id (e.g. 2.A.1.a)");
                return Optional.empty();
            }
            return Optional.of(new Skill(elementId.strip(), level, path));
        }

        /** The level O*NET gives each skill in an occupation, to two decimals: the default of a skill's level. */
        private static Map<String, BigDecimal> typicalLevels(String occupation) {
            Map<String, BigDecimal> levels = new HashMap<>();
            OccupationalData.get().skills(occupation).stream().filter(s -> s.level() != null)
                    .forEach(s -> levels.put(s.elementId(), s.level().setScale(2, RoundingMode.HALF_UP)));
            return levels;
        }

        /**
         * A text field as the parser reads it; a text it refuses (by throwing, or by answering null) is recorded as
         * invalid with the message.
         */
        private <T> T parsed(JsonNode node, String path, Function<String, T> parser, String message) {
            if (node == null) {
                return null;
            }
            String text = text(node, path);
            if (text == null) {
                return null;
            }
            try {
                T value = parser.apply(text);
                if (value != null) {
                    return value;
                }
            } catch (IllegalArgumentException | DateTimeException e) {
                // named below
            }
            invalid.add(new Violation(path, message));
            return null;
        }

        private UUID uuid(JsonNode node, String path) {
            return parsed(node, path, Reading::canonicalUuid, "is not a UUID");
        }

        /** A UUID written the one way it is written back; another spelling is none. */
        private static UUID canonicalUuid(String text) {
            UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? id : null;
        }

        private LocalDate date(JsonNode node, String path) {
            return parsed(node, path, LocalDate::parse, "is not a date (e.g. 2027-01-31)");
        }

        /**
         * The day of a schema.org Date or DateTime: a date as it is; a date-time with an offset (or {@code Z}) on the
         * platform clock's calendar; a local date-time, its date.
         */
        private LocalDate day(JsonNode node, String path) {
            return parsed(node, path, this::dayOf, "is not an ISO 8601 date or date-time (e.g. 2027-01-18)");
        }

        private LocalDate dayOf(String text) {
            if (text.length() <= 10) {
                return LocalDate.parse(text);
            }
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(text).toLocalDate();
            }
        }

        private Boolean bool(JsonNode node, String path) {
            if (node == null) {
                return null;
            }
            if (!node.isBoolean()) {
                invalid.add(new Violation(path, "expected true or false"));
                return null;
            }
            return node.booleanValue();
        }

        /**
         * Whether a node's {@code @type} (text, or an array of texts) names the type; an absent {@code @type} does.
         * Another JSON type is recorded as invalid (and answered as naming the type, so only one problem is given).
         */
        private boolean typed(JsonNode type, String path, String expected) {
            if (type == null) {
                return true;
            }
            List<JsonNode> names = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(names::add);
            } else {
                names.add(type);
            }
            boolean found = false;
            for (JsonNode name : names) {
                if (!name.isTextual()) {
                    invalid.add(new Violation(path, "expected a string or an array of strings"));
                    return true;
                }
                String text = text(name, path);
                if (text == null) {
                    return true;
                }
                found |= text.equals(expected) || text.equals("schema:" + expected)
                        || text.equals("https://schema.org/" + expected)
                        || text.equals("http://schema.org/" + expected);
            }
            return found;
        }

        private BigDecimal number(JsonNode node, String path) {
            if (!node.isNumber()) {
                invalid.add(new Violation(path, "expected a number"));
                return null;
            }
            BigDecimal value = node.decimalValue();
            if (Math.abs((long) value.scale()) > MAX_SCALE) {
                invalid.add(new Violation(path, "is out of range"));
                return null;
            }
            return value;
        }

        /** The text of a node, or null (recorded as invalid) when it is not text or not text PostgreSQL can store. */
        private String text(JsonNode node, String path) {
            if (!node.isTextual()) {
                invalid.add(new Violation(path, "expected a string"));
                return null;
            }
            String text = node.textValue();
            if (text.indexOf('\u0000') >= 0) {
                invalid.add(new Violation(path, "must not contain the NUL character (\\u0000)"));
                return null;
            }
            if (StrictInputModule.hasLoneSurrogate(text)) {
                invalid.add(new Violation(path, "must be Unicode text (it holds half of a surrogate pair)"));
                return null;
            }
            return text;
        }
    }
}
