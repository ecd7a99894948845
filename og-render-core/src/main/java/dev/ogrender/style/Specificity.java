package dev.ogrender.style;

import java.util.Locale;

/**
 * Selector specificity (Selectors 4, section 17), computed from the selector text: ids count in a,
 * classes, attributes and pseudo-classes in b, types and pseudo-elements in c. {@code :not()},
 * {@code :is()} and {@code :has()} count their most specific argument; {@code :where()} counts nothing.
 */
final class Specificity {

    private Specificity() {
    }

    /** @return packed specificity a << 20 | b << 10 | c */
    static int of(String selector) {
        int[] abc = new int[3];
        count(selector, 0, selector.length(), abc);
        return Math.min(abc[0], 1023) << 20 | Math.min(abc[1], 1023) << 10 | Math.min(abc[2], 1023);
    }

    private static void count(String s, int from, int to, int[] abc) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '#') {
                abc[0]++;
                i = identEnd(s, i + 1, to);
            } else if (c == '.') {
                abc[1]++;
                i = identEnd(s, i + 1, to);
            } else if (c == '[') {
                abc[1]++;
                i = skipBracket(s, i, to, '[', ']');
            } else if (c == ':') {
                i = pseudo(s, i, to, abc);
            } else if (c == '*' || c == '>' || c == '+' || c == '~' || c == ' ' || c == ',') {
                i++;
            } else {
                int end = identEnd(s, i, to);
                if (end > i) {
                    abc[2]++;
                    i = end;
                } else {
                    i++;
                }
            }
        }
    }

    private static int pseudo(String s, int i, int to, int[] abc) {
        boolean element = i + 1 < to && s.charAt(i + 1) == ':';
        int start = element ? i + 2 : i + 1;
        int end = identEnd(s, start, to);
        String name = s.substring(start, end).toLowerCase(Locale.ROOT);
        if (element) {
            abc[2]++;
        }
        if (end < to && s.charAt(end) == '(') {
            int close = skipBracket(s, end, to, '(', ')');
            if (name.equals("not") || name.equals("is") || name.equals("has") || name.equals("matches")) {
                addMax(s, end + 1, close - 1, abc);
            } else if (!name.equals("where") && !element) {
                abc[1]++;
            }
            return close;
        }
        if (!element) {
            abc[1]++;
        }
        return Math.max(end, start);
    }

    /** Adds the specificity of the most specific selector in a comma-separated argument list. */
    private static void addMax(String s, int from, int to, int[] abc) {
        int best = 0;
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                best = Math.max(best, of(s.substring(start, i).trim()));
                start = i + 1;
            }
        }
        abc[0] += best >> 20;
        abc[1] += best >> 10 & 1023;
        abc[2] += best & 1023;
    }

    /**
     * @return the lower-case type selector of the last compound ({@code div} in {@code .a > div.b}), or
     *     null when the subject has none
     */
    static String subjectTag(String selector) {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && (c == ' ' || c == '>' || c == '+' || c == '~')) {
                start = i + 1;
            }
        }
        int end = identEnd(selector, start, selector.length());
        return end == start ? null : selector.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static int skipBracket(String s, int i, int to, char open, char close) {
        int depth = 0;
        for (int j = i; j < to; j++) {
            char c = s.charAt(j);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return j + 1;
            } else if (c == '"' || c == '\'') {
                int q = s.indexOf(c, j + 1);
                j = q < 0 ? to : q;
            }
        }
        return to;
    }

    private static int identEnd(String s, int i, int to) {
        int j = i;
        while (j < to) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c > 127 || c == '\\') {
                j += c == '\\' ? 2 : 1;
            } else {
                break;
            }
        }
        return Math.min(j, to);
    }
}
