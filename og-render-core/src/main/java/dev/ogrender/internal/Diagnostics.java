package dev.ogrender.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems one render finds in its template. Lenient mode records them as warnings;
 * strict mode throws the first one as a {@link ProblemException}.
 */
public final class Diagnostics {

    private final boolean strict;
    private final List<Problem> warnings = new ArrayList<>();

    /** @param strict whether unsupported input is an error */
    public Diagnostics(boolean strict) {
        this.strict = strict;
    }

    /** @return whether unsupported input is an error */
    public boolean strict() {
        return strict;
    }

    /**
     * Reports input that is understood but not supported: a warning, or in strict mode an error.
     *
     * @param problem what and where
     */
    public void unsupported(Problem problem) {
        if (strict) {
            throw new ProblemException(problem);
        }
        warnings.add(problem);
    }

    /**
     * Reports input that cannot be rendered at all, in any mode.
     *
     * @param problem what and where
     * @return never returns normally
     */
    public ProblemException error(Problem problem) {
        throw new ProblemException(problem);
    }

    /** @return the warnings so far, in the order found */
    public List<Problem> warnings() {
        return warnings;
    }
}
