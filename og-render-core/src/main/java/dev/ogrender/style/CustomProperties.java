package dev.ogrender.style;

import dev.ogrender.internal.Problem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Custom properties ({@code --name}) and {@code var()} (CSS Variables 1). Custom properties inherit and
 * are resolved per element at computed-value time: references among the element's own declarations are
 * followed with cycle detection (a cycle makes every property in it invalid), and a declaration that
 * uses {@code var()} is parsed only after substitution, as browsers do. Problems name the property,
 * the position of the declaration and the reason; the declaration then behaves as {@code unset}.
 */
final class CustomProperties {

    /**
     * The longest value a substitution may produce: references that double a value at each level
     * would otherwise grow exponentially (the "billion laughs" pattern), as browsers also guard against.
     */
    static final int MAX_LENGTH = 65_536;

    private CustomProperties() {
    }

    /** A custom property declaration: its name and raw value text. Applied by the cascade, not per longhand. */
    record Declared(String name, String value, int line, int column) implements Applier {
        @Override
        public void apply(ComputedStyle style, ComputedStyle parent, float rootFontSize) {
            throw new IllegalStateException("custom properties are resolved by the cascade");
        }
    }

    /** Substitution failed: an unknown name without fallback, or a cycle. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** A declaration whose value uses var(): parsed for one longhand after substitution. */
    record Pending(PropertyDef def, Longhand longhand, String value, int line, int column) implements Applier {
        @Override
        public void apply(ComputedStyle style, ComputedStyle parent, float rootFontSize) {
            apply(style, parent, rootFontSize, p -> { });
        }

        /** Substitutes, parses and applies; on failure reports and behaves as {@code unset}. */
        void apply(ComputedStyle s, ComputedStyle parent, float rem, Consumer<Problem> problems) {
            String text;
            try {
                text = substitute(value, s.customProperties::get, new HashSet<>());
            } catch (Invalid e) {
                problems.accept(Properties.problem("Invalid value \"" + value + "\" for " + def.name() + ": "
                    + e.getMessage() + " (treated as unset)", line, column));
                longhand.unsetValue().apply(s, parent, rem);
                return;
            }
            List<Token> tokens = Token.tokenize(text);
            if (Properties.isCssWide(tokens)) {
                Properties.keywordApplier(tokens.get(0), longhand).apply(s, parent, rem);
                return;
            }
            Expansion ex = new Expansion();
            try {
                def.parser().parse(tokens, ex);
            } catch (InvalidValue e) {
                problems.accept(Properties.problem(Properties.message(def, text, e) + " (after var() substitution;"
                    + " treated as unset)", line, column));
                longhand.unsetValue().apply(s, parent, rem);
                return;
            }
            for (int i = 0; i < ex.properties.size(); i++) {
                if (ex.properties.get(i) == longhand) {
                    ex.values.get(i).apply(s, parent, rem);
                }
            }
        }
    }

    /** @return whether a value text uses var() */
    static boolean usesVar(String value) {
        return value.toLowerCase(Locale.ROOT).contains("var(");
    }

    /**
     * Computes an element's custom properties: the inherited ones, overridden by its own declarations
     * with their references resolved.
     *
     * @param inherited the parent's resolved custom properties
     * @param declared  the winning declarations on this element, by name
     * @param problems  receives one problem per invalid declaration
     * @return the resolved map (the inherited map itself when nothing is declared)
     */
    static Map<String, String> resolve(Map<String, String> inherited, Map<String, Declared> declared,
            Consumer<Problem> problems) {
        if (declared.isEmpty()) {
            return inherited;
        }
        Map<String, String> out = new HashMap<>(inherited);
        Map<String, String> done = new HashMap<>();
        for (Declared d : declared.values()) {
            try {
                out.put(d.name(), resolveOne(d.name(), declared, inherited, done, new HashSet<>()));
            } catch (Invalid e) {
                out.remove(d.name());
                problems.accept(Properties.problem("Invalid custom property " + d.name() + ": " + e.getMessage()
                    + " (it has no value)", d.line(), d.column()));
            }
        }
        return Map.copyOf(out);
    }

    private static String resolveOne(String name, Map<String, Declared> declared, Map<String, String> inherited,
            Map<String, String> done, Set<String> visiting) {
        String hit = done.get(name);
        if (hit != null) {
            return hit;
        }
        Declared d = declared.get(name);
        if (d == null) {
            return inherited.get(name);
        }
        if (!visiting.add(name)) {
            throw new Invalid("var() cycle through " + String.join(" -> ", visiting) + " -> " + name);
        }
        String value = substitute(d.value(), n -> resolveOne(n, declared, inherited, done, visiting), visiting);
        visiting.remove(name);
        done.put(name, value);
        return value;
    }

    /**
     * Replaces every {@code var(--name[, fallback])} in a value.
     *
     * @param value  the text
     * @param lookup the value of a custom property, or null when it has none
     * @return the text with every reference replaced
     * @throws Invalid for an unknown name without fallback, a malformed var() or a cycle
     */
    static String substitute(String value, java.util.function.Function<String, String> lookup, Set<String> seen) {
        String lower = value.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("var(");
        if (at < 0) {
            return value;
        }
        int close = matching(value, at + 3);
        String inside = value.substring(at + 4, close);
        int comma = topLevelComma(inside);
        String name = (comma < 0 ? inside : inside.substring(0, comma)).trim();
        if (!name.startsWith("--") || name.length() < 3) {
            throw new Invalid("var() needs a custom property name starting with --, got \"" + name + "\"");
        }
        String replacement = lookup.apply(name);
        if (replacement == null) {
            if (comma < 0) {
                throw new Invalid("custom property " + name + " is not defined and var() has no fallback");
            }
            replacement = substitute(inside.substring(comma + 1).trim(), lookup, seen);
        }
        String rest = substitute(value.substring(close + 1), lookup, seen);
        if ((long) at + replacement.length() + rest.length() > MAX_LENGTH) {
            throw new Invalid("the value after var() substitution is longer than " + MAX_LENGTH + " characters");
        }
        return value.substring(0, at) + replacement + rest;
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new Invalid("var() is not closed");
    }

    private static int topLevelComma(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** @return the longhands a property sets, for a pending declaration */
    static List<Longhand> longhands(PropertyDef def) {
        return def.longhands();
    }
}
