package org.rungs.employer.suggestion.api;

import java.util.List;

import org.rungs.employer.suggestion.domain.OccupationalData.WageBand;
import org.rungs.employer.suggestion.domain.Origin;
import org.rungs.employer.suggestion.domain.Suggestion;
import org.rungs.employer.suggestion.domain.Taxonomy;

/**
 * Career-ladder suggestions from one occupation, best first, with the attribution the data's licences require.
 *
 * @param fromJobZone
 *            the O*NET Job Zone of {@code from} (for a NOC unit group, that of {@code fromOnetProxy})
 * @param fromTeer
 *            the NOC 2021 TEER of {@code from}; null for an O*NET occupation
 * @param fromOnetProxy
 *            for a NOC unit group, the O*NET occupation its wages and skills come from
 */
public record SuggestionsResponse(String from, String fromTitle, String taxonomy, Integer fromJobZone,
        Integer fromTeer, String fromOnetProxy, WageBand fromWages, List<SuggestionResponse> suggestions,
        String attribution) {

    static final String ONET_AND_OEWS = "Includes information from the O*NET 30.0 Database by the U.S. Department of "
            + "Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license; O*NET® is "
            + "a trademark of USDOL/ETA. Rungs has modified all or some of this information; USDOL/ETA has not "
            + "approved, endorsed, or tested these modifications. Source of wages: U.S. Bureau of Labor Statistics, "
            + "Occupational Employment and Wage Statistics (OEWS), May 2024 national estimates (www.bls.gov/oes).";
    static final String NOC = " Adapted from Statistics Canada, National Occupational Classification (NOC) 2021 "
            + "Version 1.0 (Statistics Canada Open Licence); this does not constitute an endorsement by Statistics "
            + "Canada of this product. O*NET to NOC links: BC Government, \"Transparent O*NET (2019) to NOC (2021) "
            + "mapping\" v3.0.0 (Apache License 2.0), modified by Rungs. For NOC unit groups, the wages are U.S. "
            + "national figures used as a proxy.";

    static SuggestionsResponse of(Origin origin, List<Suggestion> suggestions) {
        return new SuggestionsResponse(origin.code(), origin.title(), origin.taxonomy().code(), origin.jobZone(),
                origin.teer(), origin.onetProxy(), origin.wages(),
                suggestions.stream().map(SuggestionResponse::of).toList(),
                origin.taxonomy() == Taxonomy.NOC_2021 ? ONET_AND_OEWS + NOC : ONET_AND_OEWS);
    }
}
