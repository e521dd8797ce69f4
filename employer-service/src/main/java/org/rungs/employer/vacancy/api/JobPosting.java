package org.rungs.employer.vacancy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.employer.vacancy.domain.VacancyStatus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A vacancy as a schema.org {@code JobPosting} in JSON-LD ({@code application/ld+json}), as Rungs writes it. Facts
 * schema.org has no term for are in the {@code rungs:} vocabulary ({@link JobPostings#RUNGS_VOCABULARY}), declared in
 * {@code @context}. docs/jobposting.md maps every field both ways.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JobPosting", description = "A schema.org JobPosting in JSON-LD; docs/jobposting.md maps each field")
public record JobPosting(
        @JsonProperty("@context") @Schema(example = "[\"https://schema.org\",{\"rungs\":\"urn:rungs:jobposting:\"}]") List<Object> context,
        @JsonProperty("@type") @Schema(example = "JobPosting") String type,
        PropertyValue identifier,
        String title,
        @Schema(description = "Generated from the title, occupation, rung, shift, wage, openings and skills") String description,
        CategoryCode occupationalCategory,
        Organization hiringOrganization,
        MonetaryAmount baseSalary,
        int totalJobOpenings,
        @Schema(example = "Day shift") String workHours,
        List<DefinedTerm> skills,
        @Schema(description = "When the vacancy opened; absent for a draft") Instant datePosted,
        @Schema(description = "When the vacancy was filled or closed; absent while it takes candidates") Instant validThrough,
        @JsonProperty("rungs:status") VacancyStatus status,
        @JsonProperty("rungs:ladderId") UUID ladderId,
        @JsonProperty("rungs:rungId") UUID rungId,
        @JsonProperty("rungs:tier") Integer tier,
        @JsonProperty("rungs:internalFirstUntil") LocalDate internalFirstUntil) {

    /** The vacancy's id, named as Rungs' ({@code "Rungs vacancy"}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PropertyValue(@JsonProperty("@type") String type, String name, String value) {

        PropertyValue(String name, String value) {
            this("PropertyValue", name, value);
        }
    }

    /** An occupation: its code and title, in O*NET-SOC 2019 (or NOC 2021 for a vacancy at a NOC ladder's rung). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CategoryCode(@JsonProperty("@type") String type, @Schema(example = "31-1131.00") String codeValue,
            @Schema(example = "Nursing Assistants") String name, CategoryCodeSet inCodeSet) {

        CategoryCode(String codeValue, String name) {
            this("CategoryCode", codeValue, name, JobPostings.codeSet(codeValue).equals(JobPostings.NOC_2021)
                    ? new CategoryCodeSet("CategoryCodeSet", JobPostings.NOC_2021, JobPostings.NOC_2021_URL)
                    : new CategoryCodeSet("CategoryCodeSet", JobPostings.ONET_SOC, JobPostings.ONET_SOC_URL));
        }
    }

    public record CategoryCodeSet(@JsonProperty("@type") String type, String name, String url) {
    }

    /** The employer: its name and Rungs id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(@JsonProperty("@type") String type, String name, String identifier) {

        Organization(String name, String identifier) {
            this("Organization", name, identifier);
        }
    }

    /** The hourly wage in USD. */
    public record MonetaryAmount(@JsonProperty("@type") String type, @Schema(example = "USD") String currency,
            QuantitativeValue value) {

        MonetaryAmount(String currency, QuantitativeValue value) {
            this("MonetaryAmount", currency, value);
        }
    }

    public record QuantitativeValue(@JsonProperty("@type") String type,
            @Schema(example = "19.50") BigDecimal value, @Schema(example = "HOUR") String unitText) {

        QuantitativeValue(BigDecimal value, String unitText) {
            this("QuantitativeValue", value, unitText);
        }
    }

    /** A required O*NET skill or knowledge element and the least level (O*NET's 0–7 level scale) it is required at. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DefinedTerm(@JsonProperty("@type") String type, @Schema(example = "2.A.1.a") String termCode,
            @Schema(example = "Reading Comprehension") String name,
            @Schema(example = JobPostings.ONET_CONTENT_URL) String inDefinedTermSet,
            @JsonProperty("rungs:minimumLevel") @Schema(example = "3.0") BigDecimal minimumLevel) {

        DefinedTerm(String termCode, String name, BigDecimal minimumLevel) {
            this("DefinedTerm", termCode, name, JobPostings.ONET_CONTENT_URL, minimumLevel);
        }
    }
}
