package dev.ogrender.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One component of a declared value: an identifier, number, dimension, percentage, hash, string,
 * function (with its comma-separated argument groups), comma or slash.
 *
 * <p>ph-css keeps every value verbatim as text; we tokenize that text ourselves rather than walk
 * ph-css's expression model, because newer syntax (space-separated {@code rgb()}, two-position stops)
 * must be read the way browsers read it.
 *
 * @param type   what kind of token
 * @param text   the source text (functions: the whole call); identifiers, units and function names are
 *               lower-cased in {@link #lower}
 * @param number the numeric value of numbers, dimensions and percentages
 * @param unit   the lower-cased unit of a dimension, else empty
 * @param args   a function's arguments split at top-level commas, else empty
 */
record Token(Type type, String text, float number, String unit, List<List<Token>> args) {

    /** Token kinds. */
    enum Type { IDENT, NUMBER, DIMENSION, PERCENT, HASH, STRING, FUNCTION, COMMA, SLASH, OTHER }

    /** @return the text lower-cased (identifiers and function names are ASCII case-insensitive) */
    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** @return the function name, lower-cased, for a function token */
    String functionName() {
        return text.substring(0, text.indexOf('(')).toLowerCase(Locale.ROOT);
    }

    boolean is(Type t) {
        return type == t;
    }

    /** @return whether this is the identifier {@code word} (case-insensitive) */
    boolean isIdent(String word) {
        return type == Type.IDENT && text.equalsIgnoreCase(word);
    }

    /**
     * Splits a value into tokens.
     *
     * @param s the value text, without {@code !important}
     * @return the top-level tokens (whitespace dropped)
     */
    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(4);
        int[] pos = {0};
        while (true) {
            Token t = next(s, pos);
            if (t == null) {
                return out;
            }
            out.add(t);
        }
    }

    /** @return the next token from {@code pos[0]}, or null at the end or at a closing parenthesis */
    private static Token next(String s, int[] pos) {
        int i = pos[0];
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= n || s.charAt(i) == ')') {
            pos[0] = i;
            return null;
        }
        char c = s.charAt(i);
        if (c == ',' || c == '/') {
            pos[0] = i + 1;
            return new Token(c == ',' ? Type.COMMA : Type.SLASH, String.valueOf(c), 0, "", List.of());
        }
        if (c == '"' || c == '\'') {
            int end = s.indexOf(c, i + 1);
            end = end < 0 ? n : end;
            pos[0] = Math.min(n, end + 1);
            return new Token(Type.STRING, s.substring(i + 1, end), 0, "", List.of());
        }
        if (c == '#') {
            int j = identEnd(s, i + 1);
            pos[0] = j;
            return new Token(Type.HASH, s.substring(i + 1, j), 0, "", List.of());
        }
        if (startsNumber(s, i)) {
            return number(s, i, pos);
        }
        if (c == '(') {
            // A parenthesised group inside calc(): a function without a name.
            return function(s, i, i, pos);
        }
        int j = identEnd(s, i);
        if (j == i) {
            pos[0] = i + 1;
            return new Token(Type.OTHER, String.valueOf(c), 0, "", List.of());
        }
        if (j < n && s.charAt(j) == '(' && j - i == 3 && s.regionMatches(true, i, "url", 0, 3)) {
            return url(s, i, j, pos);
        }
        if (j < n && s.charAt(j) == '(') {
            return function(s, i, j, pos);
        }
        pos[0] = j;
        return new Token(Type.IDENT, s.substring(i, j), 0, "", List.of());
    }

    private static Token function(String s, int start, int nameEnd, int[] pos) {
        List<List<Token>> args = new ArrayList<>();
        List<Token> group = new ArrayList<>();
        pos[0] = nameEnd + 1;
        while (true) {
            Token t = next(s, pos);
            if (t == null) {
                break;
            }
            if (t.type == Type.COMMA) {
                args.add(group);
                group = new ArrayList<>();
            } else {
                group.add(t);
            }
        }
        args.add(group);
        int end = Math.min(s.length(), pos[0] + 1);
        pos[0] = end;
        return new Token(Type.FUNCTION, s.substring(start, end), 0, "", args);
    }

    /**
     * A url() is one token in CSS Syntax 3: its contents are not tokenized (a data: URI may hold commas,
     * parentheses and quotes). The URL becomes the function's single STRING argument.
     */
    private static Token url(String s, int start, int nameEnd, int[] pos) {
        int n = s.length();
        int i = nameEnd + 1;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        String url;
        int close;
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            int end = s.indexOf(s.charAt(i), i + 1);
            end = end < 0 ? n : end;
            url = s.substring(i + 1, end);
            close = s.indexOf(')', Math.min(n, end + 1));
        } else {
            close = s.indexOf(')', i);
            url = s.substring(i, close < 0 ? n : close).strip();
        }
        int end = close < 0 ? n : close + 1;
        pos[0] = end;
        Token arg = new Token(Type.STRING, url, 0, "", List.of());
        return new Token(Type.FUNCTION, s.substring(start, end), 0, "", List.of(List.of(arg)));
    }

    private static Token number(String s, int i, int[] pos) {
        int n = s.length();
        int j = i;
        if (s.charAt(j) == '+' || s.charAt(j) == '-') {
            j++;
        }
        while (j < n && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
            j++;
        }
        // An exponent only when a digit follows, so "1em" stays a dimension.
        if (j + 1 < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')
                && (Character.isDigit(s.charAt(j + 1)) || j + 2 < n && (s.charAt(j + 1) == '-'
                || s.charAt(j + 1) == '+') && Character.isDigit(s.charAt(j + 2)))) {
            j += 2;
            while (j < n && Character.isDigit(s.charAt(j))) {
                j++;
            }
        }
        float value;
        try {
            value = Float.parseFloat(s.substring(i, j));
        } catch (NumberFormatException e) {
            pos[0] = j;
            return new Token(Type.OTHER, s.substring(i, j), 0, "", List.of());
        }
        if (j < n && s.charAt(j) == '%') {
            pos[0] = j + 1;
            return new Token(Type.PERCENT, s.substring(i, j + 1), value, "%", List.of());
        }
        int u = identEnd(s, j);
        pos[0] = u;
        if (u == j) {
            return new Token(Type.NUMBER, s.substring(i, j), value, "", List.of());
        }
        return new Token(Type.DIMENSION, s.substring(i, u), value,
            s.substring(j, u).toLowerCase(Locale.ROOT), List.of());
    }

    private static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        if (Character.isDigit(c)) {
            return true;
        }
        int k = i;
        if (c == '+' || c == '-') {
            k++;
        }
        if (k < s.length() && Character.isDigit(s.charAt(k))) {
            return true;
        }
        return k + 1 < s.length() && s.charAt(k) == '.' && Character.isDigit(s.charAt(k + 1));
    }

    private static int identEnd(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c > 127) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
