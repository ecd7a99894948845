package dev.ogrender.style;

import com.helger.css.CSSSourceLocation;
import com.helger.css.ICSSSourceLocationAware;
import com.helger.css.decl.CSSImportRule;
import com.helger.css.decl.CSSLayerRule;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSNamespaceRule;
import com.helger.css.decl.CSSPageRule;
import com.helger.css.decl.CSSSupportsRule;
import com.helger.css.decl.CSSUnknownRule;
import com.helger.css.decl.CSSViewportRule;
import com.helger.css.decl.ICSSTopLevelRule;

/** Names and positions of at-rules, for the warnings that say they are not supported. */
final class AtRules {

    private AtRules() {
    }

    /** @return the at-rule's name with its {@code @}, e.g. {@code @media} */
    static String name(ICSSTopLevelRule r) {
        if (r instanceof CSSMediaRule) {
            return "@media";
        }
        if (r instanceof CSSSupportsRule) {
            return "@supports";
        }
        if (r instanceof CSSImportRule) {
            return "@import";
        }
        if (r instanceof CSSPageRule) {
            return "@page";
        }
        if (r instanceof CSSLayerRule) {
            return "@layer";
        }
        if (r instanceof CSSNamespaceRule) {
            return "@namespace";
        }
        if (r instanceof CSSViewportRule) {
            return "@viewport";
        }
        if (r instanceof CSSUnknownRule u) {
            return u.getDeclaration();
        }
        return "@" + r.getClass().getSimpleName();
    }

    /** @return where the rule starts, or null */
    static CSSSourceLocation location(ICSSTopLevelRule r) {
        return r instanceof ICSSSourceLocationAware a ? a.getSourceLocation() : null;
    }
}
