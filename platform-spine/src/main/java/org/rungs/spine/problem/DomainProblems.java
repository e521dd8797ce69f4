package org.rungs.spine.problem;

/**
 * How a feature answers its domain errors over HTTP: each kind its own problem type and status. One bean per feature's
 * API package registers them; docs/errors.md lists every type.
 */
public interface DomainProblems {

    void register(ProblemCatalog problems);
}
