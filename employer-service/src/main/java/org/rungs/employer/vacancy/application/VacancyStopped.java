package org.rungs.employer.vacancy.application;

import java.util.UUID;

/**
 * A vacancy stopped taking candidates (closed, or filled by its last hire), announced inside the transaction that
 * stopped it, so that what hangs on it (its open referrals) ends with it.
 */
public record VacancyStopped(UUID vacancyId, String why) {
}
