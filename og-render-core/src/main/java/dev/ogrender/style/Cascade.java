package dev.ogrender.style;

import dev.ogrender.style.Keywords.BorderStyle;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The cascade for one document (CSS Cascade 4, section 6): for each element, finds the winning
 * declaration of every longhand, then computes them in {@link Longhand} order onto a style that starts
 * from the parent's inherited values.
 *
 * <p>Winners are chosen by one packed key per declaration: origin and importance, then specificity,
 * then source order. Higher wins, so no sorting is needed.
 */
final class Cascade {

    /** Origin-and-importance tiers, lowest first (Cascade 4, section 6.2). */
    private static final long UA = 0;
    private static final long AUTHOR = 1;
    private static final long INLINE = 2;
    private static final long AUTHOR_IMPORTANT = 3;
    private static final long INLINE_IMPORTANT = 4;
    private static final long UA_IMPORTANT = 5;

    /** The initial border width, {@code medium}. */
    static final float MEDIUM = 3f;

    private static final int COUNT = Longhand.all().length;

    private final List<Sheet> sheets;
    private final Element root;
    private final Decl[] winners = new Decl[COUNT];
    private final long[] keys = new long[COUNT];
    // Custom properties (wt/text): winners by name, and where late (var()) problems go.
    private final java.util.Map<String, CustomProperties.Declared> customWinners = new java.util.HashMap<>();
    private final java.util.Map<String, Long> customKeys = new java.util.HashMap<>();
    private java.util.function.Consumer<dev.ogrender.internal.Problem> lateProblems = p -> { };

    /** @param sink receives problems found while computing values (var() substitution) */
    void reportLateProblemsTo(java.util.function.Consumer<dev.ogrender.internal.Problem> sink) {
        this.lateProblems = sink;
    }

    /**
     * @param sheets the user-agent sheet first, then the author sheets in document order
     * @param root   the document, for {@code :root} and combinators
     */
    Cascade(List<Sheet> sheets, Element root) {
        this.sheets = sheets;
        this.root = root;
    }

    /**
     * Computes one element's style.
     *
     * @param element      the element
     * @param inline       its parsed {@code style} attribute, or null
     * @param parent       the parent's computed style, or {@link ComputedStyle#initial()} for the root
     * @param rootFontSize the root's font size for {@code rem} (16 while computing the root itself)
     * @return the computed style
     */
    ComputedStyle compute(Element element, Sheet inline, ComputedStyle parent, float rootFontSize) {
        Arrays.fill(winners, null);
        Arrays.fill(keys, -1L);
        customWinners.clear();
        customKeys.clear();
        for (int si = 0; si < sheets.size(); si++) {
            List<Sheet.Rule> rules = sheets.get(si).rules();
            boolean ua = si == 0;
            for (int ri = 0; ri < rules.size(); ri++) {
                Sheet.Rule rule = rules.get(ri);
                int specificity = rule.match(element, root);
                if (specificity >= 0) {
                    long order = (long) si << 20 | ri;
                    offer(rule.decls(), ua ? UA : AUTHOR, ua ? UA_IMPORTANT : AUTHOR_IMPORTANT, specificity, order);
                }
            }
        }
        if (inline != null) {
            for (Sheet.Rule rule : inline.rules()) {
                offer(rule.decls(), INLINE, INLINE_IMPORTANT, 0, 0);
            }
        }
        return apply(parent, rootFontSize);
    }

    private void offer(Decl[] decls, long normal, long important, int specificity, long order) {
        for (Decl d : decls) {
            long key = (d.important() ? important : normal) << 60 | (long) specificity << 30 | order;
            if (d.property() == null) {
                offerCustom((CustomProperties.Declared) d.value(), key);
                continue;
            }
            int p = d.property().ordinal();
            // ">=" so that a later declaration in the same rule beats an earlier one.
            if (key >= keys[p]) {
                keys[p] = key;
                winners[p] = d;
            }
        }
    }

    private void offerCustom(CustomProperties.Declared d, long key) {
        Long old = customKeys.get(d.name());
        if (old == null || key >= old) {
            customKeys.put(d.name(), key);
            customWinners.put(d.name(), d);
        }
    }

    private ComputedStyle apply(ComputedStyle parent, float rootFontSize) {
        ComputedStyle s = parent.inheritForChild();
        s.customProperties = CustomProperties.resolve(parent.customProperties, customWinners, lateProblems);
        for (Longhand l : Longhand.all()) {
            Decl d = winners[l.ordinal()];
            if (d != null && d.value() instanceof CustomProperties.Pending pending) {
                pending.apply(s, parent, rootFontSize, lateProblems);
            } else if (d != null) {
                d.value().apply(s, parent, rootFontSize);
            }
            if (l == Longhand.COLOR) {
                // border-color's initial value is currentColor, known only now; border-width's is
                // medium, which shows once a style is set (the reset below zeroes it otherwise).
                Arrays.fill(s.borderColor, s.color);
                Arrays.fill(s.borderWidth, MEDIUM);
            }
        }
        for (int i = 0; i < 4; i++) {
            // Computed border width is 0 when the style is none or hidden (Backgrounds 3, section 4.3).
            if (s.borderStyle[i] == BorderStyle.NONE) {
                s.borderWidth[i] = 0;
            }
        }
        return s;
    }
}
