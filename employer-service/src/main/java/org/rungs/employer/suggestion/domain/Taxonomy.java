package org.rungs.employer.suggestion.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/** The occupational classification a code belongs to, told apart by the code's shape. */
public enum Taxonomy {

    /** O*NET-SOC 2019, e.g. {@code 31-1122.00}. */
    ONET_SOC("onet-soc", "\\d\\d-\\d\\d\\d\\d\\.\\d\\d"),
    /** NOC 2021 unit groups (5 digits), e.g. {@code 33102}. */
    NOC_2021("noc-2021", "\\d{5}");

    private final String code;
    private final Pattern shape;

    Taxonomy(String code, String shape) {
        this.code = code;
        this.shape = Pattern.compile(shape);
    }

    /** As clients see it: {@code onet-soc} or {@code noc-2021}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** Whether a code has this taxonomy's shape. */
    public boolean codes(String occupationCode) {
        return occupationCode != null && shape.matcher(occupationCode).matches();
    }

    /**
     * The occupation family a code belongs to: for O*NET-SOC the SOC minor group ({@code 31-1131.00} → {@code 31-1}),
     * for NOC 2021 the broad occupational category (its first digit). On a career ladder, a step up in the same family
     * is vertical; into another family, diagonal.
     */
    public String family(String occupationCode) {
        return this == ONET_SOC ? occupationCode.substring(0, 4) : occupationCode.substring(0, 1);
    }

    /** The taxonomy whose code shape this is, whether or not the code exists. */
    public static Optional<Taxonomy> of(String occupationCode) {
        return occupationCode == null
                ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.shape.matcher(occupationCode).matches()).findFirst();
    }
}
