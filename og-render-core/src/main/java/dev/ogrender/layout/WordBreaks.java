package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.OverflowWrap;
import dev.ogrender.style.Keywords.WordBreak;

/**
 * word-break and overflow-wrap (CSS Text 3, sections 5.2 and 5.5) on top of the UAX 14 break
 * opportunities: break-all adds opportunities between letters and digits, keep-all removes those
 * between them, and overflow-wrap lets a word that fits no line break anywhere.
 */
final class WordBreaks {

    private WordBreaks() {
    }

    /**
     * Removes the opportunities that java.text.BreakIterator finds but UAX 14 (and so Chromium's ICU)
     * does not: before a solidus (LB13, "× SY") or a hyphen (LB21, "× HY") and between infix punctuation and a letter (LB29,
     * "IS × AL"), which keeps URLs such as {@code https://example.com} whole.
     */
    static void tailor(String text, boolean[] before) {
        for (int i = 1; i < text.length(); i++) {
            char prev = text.charAt(i - 1);
            char c = text.charAt(i);
            if ((c == '/' || c == '-') && !Character.isWhitespace(prev)
                    || ".,:;".indexOf(prev) >= 0 && Character.isLetter(c)) {
                before[i] = false;
            }
        }
    }

    /**
     * Adjusts the break opportunities of one run.
     *
     * @param text   the paragraph text
     * @param start  the run's first char
     * @param end    the run's end
     * @param wb     the run's word-break
     * @param before break opportunities before each char, updated in place
     */
    static void apply(String text, int start, int end, WordBreak wb, boolean[] before) {
        if (wb != WordBreak.BREAK_ALL && wb != WordBreak.KEEP_ALL) {
            return;
        }
        for (int i = start + 1; i < end; i++) {
            char prev = text.charAt(i - 1);
            char c = text.charAt(i);
            if (wb == WordBreak.BREAK_ALL) {
                // As in Chromium, a break before every character, hyphens and solidi included, except
                // before spaces and closing or infix punctuation and after an opening bracket or quote.
                if (!Character.isWhitespace(c) && !Character.isWhitespace(prev) && "([{\"'".indexOf(prev) < 0
                        && ".,:;!?)]}".indexOf(c) < 0 && !Character.isLowSurrogate(c)) {
                    before[i] = true;
                }
            } else if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(c)) {
                before[i] = false;
            }
        }
    }

    /** @return whether an unbreakable word that overflows its line may be broken at any character */
    static boolean mayBreakAnywhere(ComputedStyle s) {
        return (s.overflowWrap != OverflowWrap.NORMAL || s.wordBreak == WordBreak.BREAK_WORD)
                && WhiteSpace.wraps(s.whiteSpace);
    }

    /** @return whether those breaks count for the min-content width (anywhere does, break-word does not) */
    static boolean anywhereAffectsMinContent(ComputedStyle s) {
        return (s.overflowWrap == OverflowWrap.ANYWHERE || s.wordBreak == WordBreak.BREAK_WORD)
                && WhiteSpace.wraps(s.whiteSpace);
    }
}
