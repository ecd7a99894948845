package dev.ogrender.internal;

/** Carries a {@link Problem} out of a stage; the API turns it into its public exception type. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** @param problem what and where */
    public ProblemException(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    /** @return what and where */
    public Problem problem() {
        return problem;
    }
}
