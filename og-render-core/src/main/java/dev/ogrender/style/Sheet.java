package dev.ogrender.style;

import dev.ogrender.internal.Problem;
import java.util.List;

/**
 * A parsed stylesheet (or one {@code style} attribute): its style rules with compiled selectors and
 * expanded declarations, and the problems found while parsing, which are reported again each time the
 * (cached) sheet is used so that every render gets its own warnings.
 *
 * @param rules     the style rules in source order
 * @param fontFaces the usable {@code @font-face} rules, in source order
 * @param problems  warnings found while parsing
 */
record Sheet(List<Rule> rules, List<FontFaceRule> fontFaces, List<Problem> problems) {

    /**
     * One style rule.
     *
     * @param selectors the selectors of its list that can match
     * @param decls     its longhand declarations in source order
     */
    record Rule(CompiledSelector[] selectors, Decl[] decls) {

        /**
         * @return the highest specificity among the selectors that match, or -1 when none does
         */
        int match(org.jsoup.nodes.Element element, org.jsoup.nodes.Element root) {
            int best = -1;
            for (CompiledSelector s : selectors) {
                if (s.specificity > best && s.matches(element, root)) {
                    best = s.specificity;
                }
            }
            return best;
        }
    }
}
