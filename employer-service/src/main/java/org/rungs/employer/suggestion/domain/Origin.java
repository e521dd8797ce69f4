package org.rungs.employer.suggestion.domain;

import org.rungs.employer.suggestion.domain.OccupationalData.WageBand;

/**
 * The occupation suggestions start from.
 *
 * @param jobZone
 *            the O*NET Job Zone; for a NOC unit group, that of its {@code onetProxy}
 * @param teer
 *            the NOC 2021 TEER; null for an O*NET occupation
 * @param onetProxy
 *            for a NOC unit group, the O*NET occupation its wages and skills come from; null for an O*NET occupation
 * @param wages
 *            OEWS hourly wages, or null when OEWS does not cover the occupation
 */
public record Origin(String code, String title, Taxonomy taxonomy, Integer jobZone, Integer teer, String onetProxy,
        WageBand wages) {
}
