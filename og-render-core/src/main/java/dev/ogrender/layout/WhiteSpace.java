package dev.ogrender.layout;

import dev.ogrender.style.Keywords.TextTransform;
import java.util.Locale;

/** White-space processing (CSS Text 3 section 4) and text-transform, before shaping. */
final class WhiteSpace {

    private WhiteSpace() {
    }

    static boolean collapsesSpaces(dev.ogrender.style.Keywords.WhiteSpace ws) {
        return ws == dev.ogrender.style.Keywords.WhiteSpace.NORMAL
                || ws == dev.ogrender.style.Keywords.WhiteSpace.NOWRAP
                || ws == dev.ogrender.style.Keywords.WhiteSpace.PRE_LINE;
    }

    static boolean keepsNewlines(dev.ogrender.style.Keywords.WhiteSpace ws) {
        return ws == dev.ogrender.style.Keywords.WhiteSpace.PRE
                || ws == dev.ogrender.style.Keywords.WhiteSpace.PRE_WRAP
                || ws == dev.ogrender.style.Keywords.WhiteSpace.PRE_LINE;
    }

    static boolean wraps(dev.ogrender.style.Keywords.WhiteSpace ws) {
        return ws != dev.ogrender.style.Keywords.WhiteSpace.NOWRAP
                && ws != dev.ogrender.style.Keywords.WhiteSpace.PRE;
    }

    /**
     * Collapses a text's white space.
     *
     * @param text          raw text
     * @param ws            the white-space value
     * @param afterSpace    whether the content before ends in a collapsible space
     * @return the processed text; newlines kept only where {@code ws} preserves them
     */
    static String collapse(String text, dev.ogrender.style.Keywords.WhiteSpace ws, boolean afterSpace) {
        boolean collapse = collapsesSpaces(ws);
        boolean newlines = keepsNewlines(ws);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = afterSpace;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n' && newlines) {
                // pre-line drops spaces before a preserved newline
                if (collapse && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                out.append('\n');
                space = collapse;
                continue;
            }
            boolean isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\f';
            if (isSpace && collapse) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(isSpace ? ' ' : c);
                space = false;
            }
        }
        return out.toString();
    }

    static String transform(String text, TextTransform transform) {
        return switch (transform) {
            case NONE -> text;
            case UPPERCASE -> text.toUpperCase(Locale.ROOT);
            case LOWERCASE -> text.toLowerCase(Locale.ROOT);
            case CAPITALIZE -> capitalize(text);
        };
    }

    private static String capitalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(wordStart ? Character.toTitleCase(c) : c);
            wordStart = Character.isWhitespace(c) || c == '-';
        }
        return out.toString();
    }
}
