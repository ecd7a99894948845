package dev.ogrender.style;

import com.helger.css.CSSSourceLocation;
import dev.ogrender.internal.Problem;

/**
 * Maps positions inside a piece of CSS (1-based, as ph-css reports them) to positions in the HTML
 * document the CSS came from.
 */
final class Positions {

    private final int line;
    private final int column;

    /**
     * @param line   the document line of the CSS's first character
     * @param column the document column of the CSS's first character
     */
    Positions(int line, int column) {
        this.line = line;
        this.column = column;
    }

    /** @return {line, column} in the document; {0, 0} when unknown */
    int[] position(int cssLine, int cssColumn) {
        if (cssLine <= 0 || line <= 0) {
            return new int[] {0, 0};
        }
        // Only the first line of the CSS is shifted right; later lines start at the document's column 1.
        return new int[] {line + cssLine - 1, cssLine == 1 ? column + cssColumn - 1 : cssColumn};
    }

    /** @return {line, column} of a ph-css source location's first token */
    int[] position(CSSSourceLocation loc) {
        if (loc == null || !loc.hasFirstTokenArea()) {
            return new int[] {0, 0};
        }
        return position(loc.getFirstTokenBeginLineNumber(), loc.getFirstTokenBeginColumnNumber());
    }

    /** @return a style problem at a ph-css source location */
    Problem problem(String message, CSSSourceLocation loc) {
        int[] p = position(loc);
        return Properties.problem(message, p[0], p[1]);
    }

    /** @return a style problem at a ph-css token */
    Problem problem(String message, com.helger.css.parser.Token token) {
        int[] p = token == null ? new int[] {0, 0} : position(token.beginLine, token.beginColumn);
        return Properties.problem(message, p[0], p[1]);
    }
}
